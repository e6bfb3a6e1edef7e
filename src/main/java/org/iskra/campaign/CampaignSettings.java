package org.iskra.campaign;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code iskra.campaign}.
 *
 * @param paymentWebhookSecret the secret shared with the payment provider for {@code
 *     /webhooks/payments}; while empty, the webhook accepts nothing
 */
@ConfigurationProperties("iskra.campaign")
record CampaignSettings(@DefaultValue("") String paymentWebhookSecret) {}
