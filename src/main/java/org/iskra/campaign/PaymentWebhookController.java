package org.iskra.campaign;

import java.time.Clock;
import java.util.Map;
import org.iskra.signature.WebhookSignature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * The payment provider's webhook, {@code POST /webhooks/payments}: exempt from CSRF and
 * authenticated by its {@link WebhookSignature} instead. The body is JSON:
 *
 * <pre>{"type": "payment.succeeded", "id": "pay_1", "appeal": "slug", "amount": 2500,
 *  "currency": "USD", "donor": "…"}
 * {"type": "payment.refunded", "id": "re_1", "payment": "pay_1", "amount": 2500, "currency": "USD"}
 * </pre>
 *
 * with amounts in minor units. A repeated delivery answers 200 and changes nothing, so the provider
 * stops retrying.
 */
@RestController
class PaymentWebhookController {

  private static final Logger LOG = LoggerFactory.getLogger(PaymentWebhookController.class);

  private static final JsonMapper JSON =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  /** One delivery as the provider sends it; amounts in minor units. */
  record Delivery(
      String type,
      String id,
      String appeal,
      String payment,
      Long amount,
      String currency,
      String donor) {}

  private final Fundraising fundraising;
  private final CampaignSettings settings;
  private final Clock clock;

  PaymentWebhookController(Fundraising fundraising, CampaignSettings settings, Clock clock) {
    this.fundraising = fundraising;
    this.settings = settings;
    this.clock = clock;
  }

  @PostMapping(path = "/webhooks/payments", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, String>> deliver(
      @RequestHeader(name = WebhookSignature.TIMESTAMP_HEADER, required = false) String timestamp,
      @RequestHeader(name = WebhookSignature.SIGNATURE_HEADER, required = false) String signature,
      @RequestBody(required = false) byte[] body) {
    byte[] bytes = body == null ? new byte[0] : body;
    if (!WebhookSignature.isValid(
        settings.paymentWebhookSecret(), timestamp, signature, bytes, clock.instant())) {
      return answer(HttpStatus.UNAUTHORIZED, "invalid signature or stale timestamp");
    }
    Delivery delivery;
    try {
      delivery = JSON.readValue(bytes, Delivery.class);
    } catch (JacksonException e) {
      return answer(HttpStatus.BAD_REQUEST, "not a JSON delivery");
    }
    if (delivery == null || delivery.type() == null || delivery.amount() == null) {
      return answer(HttpStatus.BAD_REQUEST, "type and amount are required");
    }
    try {
      Fundraising.Outcome outcome =
          switch (delivery.type()) {
            case "payment.succeeded" ->
                fundraising.recordPayment(
                    delivery.id(),
                    delivery.appeal(),
                    delivery.amount(),
                    delivery.currency(),
                    delivery.donor());
            case "payment.refunded" ->
                fundraising.recordRefund(
                    delivery.id(), delivery.payment(), delivery.amount(), delivery.currency());
            default -> null;
          };
      if (outcome == null) {
        return answer(HttpStatus.OK, "ignored");
      }
      return answer(
          HttpStatus.OK, outcome == Fundraising.Outcome.RECORDED ? "recorded" : "duplicate");
    } catch (InvalidAppeal e) {
      LOG.warn("Refused payment delivery {}: {}", delivery.id(), e.getMessage());
      return answer(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
    }
  }

  private static ResponseEntity<Map<String, String>> answer(HttpStatus status, String message) {
    return ResponseEntity.status(status).body(Map.of("status", message));
  }
}
