package org.iskra.webhook;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of webhook deliveries (prefix {@code iskra.webhooks}).
 *
 * @param allowPrivateAddresses deliver to loopback, link-local and private addresses too: for an
 *     administrator whose receivers live on the internal network, never the default
 * @param pollInterval how often the sender looks for due deliveries
 * @param retryBase the wait after the first failure; it doubles with each further failure
 * @param maxAttempts attempts before a delivery is given up
 * @param connectTimeout to open the connection
 * @param timeout for the whole request, answer included
 */
@ConfigurationProperties("iskra.webhooks")
record WebhookSettings(
    @DefaultValue("false") boolean allowPrivateAddresses,
    @DefaultValue("2s") Duration pollInterval,
    @DefaultValue("30s") Duration retryBase,
    @DefaultValue("8") int maxAttempts,
    @DefaultValue("5s") Duration connectTimeout,
    @DefaultValue("10s") Duration timeout) {}
