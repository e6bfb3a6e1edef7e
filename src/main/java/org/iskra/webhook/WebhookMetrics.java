package org.iskra.webhook;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Webhook deliveries still to make, for Prometheus: {@code
 * iskra_webhook_deliveries{status="pending"}} (queued or waiting for a retry) and {@code "sending"}
 * (claimed by a sender). A receiver that is down shows as a growing pending count. One indexed
 * count, at most every {@link #FRESH} however often Prometheus scrapes; NaN while the database
 * cannot answer.
 */
@Component
class WebhookMetrics implements MeterBinder {

  static final List<String> STATUSES = List.of("pending", "sending");
  static final Duration FRESH = Duration.ofSeconds(5);

  private static final Logger LOG = LoggerFactory.getLogger(WebhookMetrics.class);

  private record Counts(long takenAt, Map<String, Long> byStatus) {}

  private final WebhookDeliveries deliveries;
  private volatile Counts last;

  WebhookMetrics(WebhookDeliveries deliveries) {
    this.deliveries = deliveries;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (String status : STATUSES) {
      Gauge.builder("iskra.webhook.deliveries", this, metrics -> metrics.count(status))
          .tag("status", status)
          .description("Webhook deliveries not yet delivered or given up, by status")
          .register(registry);
    }
  }

  private double count(String status) {
    Counts counts = last;
    long now = System.nanoTime();
    if (counts == null || now - counts.takenAt() > FRESH.toNanos()) {
      try {
        counts = new Counts(now, deliveries.countIn(STATUSES));
      } catch (DataAccessException e) {
        LOG.debug("Webhook deliveries not counted: {}", e.getMessage());
        return Double.NaN;
      }
      last = counts;
    }
    return counts.byStatus().getOrDefault(status, 0L);
  }
}
