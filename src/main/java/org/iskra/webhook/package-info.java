/**
 * Webhooks. Outbound: endpoints staff register for events, and a durable queue of signed deliveries
 * ({@code DeliverySignature}) retried with back-off, with their history in the desk ({@code
 * /desk/webhooks}); refuses private, loopback and link-local addresses unless {@code
 * iskra.webhooks.allow-private-addresses}. Inbound: the shared signature scheme ({@link
 * org.iskra.webhook.WebhookSignature}) that the features' own endpoints check ({@code campaign} for
 * payments, {@code newsletter} for mail events). Listens to {@code article.ArticleEvents}.
 */
package org.iskra.webhook;
