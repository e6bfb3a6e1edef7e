package org.iskra.api;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the Content and Admin APIs (prefix {@code iskra.api}).
 *
 * @param defaultRateLimit requests per window a new content key gets unless the desk says otherwise
 * @param tokenRateLimit requests per window for each Admin API token
 * @param rateWindow the length of a rate-limit window
 * @param maxBodySize the largest JSON body the Admin API reads; larger ones get 413
 */
@ConfigurationProperties("iskra.api")
record ApiSettings(
    @DefaultValue("600") int defaultRateLimit,
    @DefaultValue("600") int tokenRateLimit,
    @DefaultValue("60s") Duration rateWindow,
    @DefaultValue("1MB") DataSize maxBodySize) {}
