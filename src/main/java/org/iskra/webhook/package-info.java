/**
 * Outbound webhooks: endpoints staff register for events, and a durable queue of signed deliveries
 * ({@code DeliverySignature}) retried with back-off, with their history in the desk ({@code
 * /desk/webhooks}); refuses private, loopback and link-local addresses unless {@code
 * iskra.webhooks.allow-private-addresses}. Listens to {@code article.ArticleEvents}, {@code
 * campaign.DonationEvents} and {@code newsletter.SubscriberConfirmed}. (Inbound webhooks are
 * checked by the features with {@code signature.WebhookSignature}.)
 */
package org.iskra.webhook;
