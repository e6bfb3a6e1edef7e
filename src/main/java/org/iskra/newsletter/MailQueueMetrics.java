package org.iskra.newsletter;

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
 * The mail queue's length for Prometheus: {@code iskra_newsletter_mail_queue{status="queued"}}
 * (waiting to be sent, retries included), {@code "sending"} (in hand) and {@code "uncertain"}
 * (waiting for staff after a crash). One indexed count, at most every {@link #FRESH} however often
 * Prometheus scrapes; NaN while the database cannot answer.
 */
@Component
class MailQueueMetrics implements MeterBinder {

  static final List<String> STATUSES = List.of("queued", "sending", "uncertain");
  static final Duration FRESH = Duration.ofSeconds(5);

  private static final Logger LOG = LoggerFactory.getLogger(MailQueueMetrics.class);

  private record Counts(long takenAt, Map<String, Long> byStatus) {}

  private final MailQueue queue;
  private volatile Counts last;

  MailQueueMetrics(MailQueue queue) {
    this.queue = queue;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (String status : STATUSES) {
      Gauge.builder("iskra.newsletter.mail.queue", this, metrics -> metrics.count(status))
          .tag("status", status)
          .description("Newsletter mails in the queue, by status")
          .register(registry);
    }
  }

  private double count(String status) {
    Counts counts = last;
    long now = System.nanoTime();
    if (counts == null || now - counts.takenAt() > FRESH.toNanos()) {
      try {
        counts = new Counts(now, queue.countIn(STATUSES));
      } catch (DataAccessException e) {
        LOG.debug("Mail queue not counted: {}", e.getMessage());
        return Double.NaN;
      }
      last = counts;
    }
    return counts.byStatus().getOrDefault(status, 0L);
  }
}
