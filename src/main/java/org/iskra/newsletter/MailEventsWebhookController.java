package org.iskra.newsletter;

import java.time.Clock;
import java.util.Map;
import org.iskra.signature.WebhookSignature;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The mail provider's bounce and complaint webhook, {@code POST /webhooks/mail-events}, signed with
 * {@link WebhookSignature} under {@code iskra.newsletter.mail-webhook-secret}. Body: {@code
 * {"type": "bounce", "email": "…", "hard": true}} or {@code {"type": "complaint", "email": "…"}}.
 * Soft bounces change nothing. Idempotent.
 */
@RestController
class MailEventsWebhookController {

  private static final JsonMapper JSON =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  record Delivery(String type, String email, Boolean hard) {}

  private final Subscriptions subscriptions;
  private final NewsletterSettings settings;
  private final Clock clock;

  MailEventsWebhookController(
      Subscriptions subscriptions, NewsletterSettings settings, Clock clock) {
    this.subscriptions = subscriptions;
    this.settings = settings;
    this.clock = clock;
  }

  @PostMapping(path = "/webhooks/mail-events", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, String>> deliver(
      @RequestHeader(name = WebhookSignature.TIMESTAMP_HEADER, required = false) String timestamp,
      @RequestHeader(name = WebhookSignature.SIGNATURE_HEADER, required = false) String signature,
      @RequestBody(required = false) byte[] body) {
    byte[] bytes = body == null ? new byte[0] : body;
    if (!WebhookSignature.isValid(
        settings.mailWebhookSecret(), timestamp, signature, bytes, clock.instant())) {
      return answer(HttpStatus.UNAUTHORIZED, "invalid signature or stale timestamp");
    }
    Delivery delivery;
    try {
      delivery = JSON.readValue(bytes, Delivery.class);
    } catch (JacksonException e) {
      return answer(HttpStatus.BAD_REQUEST, "not a JSON delivery");
    }
    if (delivery == null || delivery.type() == null || delivery.email() == null) {
      return answer(HttpStatus.BAD_REQUEST, "type and email are required");
    }
    Subscriber.Status status =
        switch (delivery.type()) {
          case "complaint" -> Subscriber.Status.COMPLAINED;
          case "bounce" -> Boolean.TRUE.equals(delivery.hard()) ? Subscriber.Status.BOUNCED : null;
          default -> null;
        };
    if (status == null) {
      return answer(HttpStatus.OK, "ignored");
    }
    subscriptions.block(delivery.email(), status);
    // The same answer whether the address is known, so the webhook reveals no subscriber.
    return answer(HttpStatus.OK, "recorded");
  }

  private static ResponseEntity<Map<String, String>> answer(HttpStatus status, String message) {
    return ResponseEntity.status(status).body(Map.of("status", message));
  }
}
