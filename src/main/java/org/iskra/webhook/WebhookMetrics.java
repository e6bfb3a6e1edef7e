package org.iskra.webhook;

import java.util.List;
import org.iskra.operations.StatusGauges;
import org.springframework.stereotype.Component;

/**
 * Webhook deliveries still to make, for Prometheus: {@code
 * iskra_webhook_deliveries{status="pending"}} (queued or waiting for a retry) and {@code "sending"}
 * (claimed by a sender). A receiver that is down shows as a growing pending count.
 */
@Component
class WebhookMetrics extends StatusGauges {

  static final List<String> STATUSES = List.of("pending", "sending");

  WebhookMetrics(WebhookDeliveries deliveries) {
    super(
        "iskra.webhook.deliveries",
        "Webhook deliveries not yet delivered or given up, by status",
        STATUSES,
        deliveries::countIn);
  }
}
