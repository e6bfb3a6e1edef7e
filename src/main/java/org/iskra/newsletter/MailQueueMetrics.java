package org.iskra.newsletter;

import java.util.List;
import org.iskra.operations.StatusGauges;
import org.springframework.stereotype.Component;

/**
 * The mail queue's length for Prometheus: {@code iskra_newsletter_mail_queue{status="queued"}}
 * (waiting to be sent, retries included), {@code "preparing"} and {@code "sending"} (in hand) and
 * {@code "uncertain"} (waiting for staff after a crash).
 */
@Component
class MailQueueMetrics extends StatusGauges {

  static final List<String> STATUSES = List.of("queued", "preparing", "sending", "uncertain");

  MailQueueMetrics(MailQueue queue) {
    super(
        "iskra.newsletter.mail.queue",
        "Newsletter mails in the queue, by status",
        STATUSES,
        queue::countIn);
  }
}
