/**
 * Newsletters without reader accounts: double opt-in sign-up at {@code /newsletter}, preferences
 * and one-click unsubscribe (RFC 8058) by signed links, articles sent by staff, daily or weekly
 * digests, and a mail queue in the database sent over SMTP at a limited rate. Bounces and
 * complaints (from the desk or the signed {@code /webhooks/mail-events}) stop further mail. Reads
 * articles and sections through their public APIs; publishes {@link
 * org.iskra.newsletter.SubscriberConfirmed}.
 */
package org.iskra.newsletter;
