package org.iskra.operations;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings for operating Iskra (prefix {@code iskra.operations}).
 *
 * @param metricsToken the bearer token Prometheus sends to read {@code /actuator/prometheus}; empty
 *     (the default) refuses every request for metrics
 */
@ConfigurationProperties("iskra.operations")
record OperationsSettings(@DefaultValue("") String metricsToken) {}
