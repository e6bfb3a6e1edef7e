package org.iskra.campaign;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code iskra.campaign}.
 *
 * @param paymentWebhookSecret the secret shared with the payment provider for {@code
 *     /webhooks/payments}; while empty, the webhook accepts nothing
 * @param frontPageAppeal the slug of the appeal whose progress the front page carries, or empty
 */
@ConfigurationProperties("iskra.campaign")
record CampaignSettings(
    @DefaultValue("") String paymentWebhookSecret, @DefaultValue("") String frontPageAppeal) {}
