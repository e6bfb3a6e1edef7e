/**
 * Webhooks: endpoints staff register for events, and a durable queue of signed deliveries retried
 * with back-off, with their history in the desk ({@code /desk/webhooks}). Listens to {@code
 * article.ArticleEvents} after commit; refuses private, loopback and link-local addresses unless
 * {@code iskra.webhooks.allow-private-addresses}. Publishes nothing.
 */
package org.iskra.webhook;
