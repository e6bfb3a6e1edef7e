/**
 * Bringing content in: importers that turn other formats into articles (plain text, WordPress WXR,
 * Ghost JSON, RSS/Atom files), idempotently and item by item; owns {@code imported_items}, {@code
 * legacy_urls} and {@code imported_attachments}, and answers the old site's addresses with
 * redirects. Partner-feed subscriptions: polled feeds ({@code feed_subscriptions}) fill a review
 * queue ({@code subscription_items}) from which editors republish. Publishes no events; writes
 * articles only through {@code article}'s services and images only through {@code MediaLibrary}.
 */
package org.iskra.syndication;
