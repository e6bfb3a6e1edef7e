package org.iskra.webhook;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.iskra.article.ArticleEvents.ArticleDeleted;
import org.iskra.article.ArticleEvents.ArticlePublished;
import org.iskra.article.ArticleEvents.ArticleRevised;
import org.iskra.article.ArticleEvents.ArticleWithdrawn;
import org.iskra.campaign.DonationEvents.DonationRecorded;
import org.iskra.campaign.DonationEvents.DonationRefunded;
import org.iskra.newsletter.SubscriberConfirmed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns features' events into queued deliveries, one per subscribed endpoint, inside the
 * transaction that published the event (a transactional outbox): a rolled-back save queues nothing,
 * and the sender sees the deliveries only once the save is committed. (Writing after commit instead
 * would need a second connection while SQLite's writer lock is still held.) The mapping of events
 * is here: a new feature's event gets a listener method and a {@link WebhookEvent}.
 */
@Component
class WebhookQueue {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final WebhookEndpoints endpoints;
  private final WebhookDeliveries deliveries;
  private final Clock clock;

  WebhookQueue(WebhookEndpoints endpoints, WebhookDeliveries deliveries, Clock clock) {
    this.endpoints = endpoints;
    this.deliveries = deliveries;
    this.clock = clock;
  }

  @EventListener
  void on(ArticlePublished event) {
    enqueue(WebhookEvent.ARTICLE_PUBLISHED, article(event.articleId(), event.uid(), event.title()));
  }

  @EventListener
  void on(ArticleRevised event) {
    enqueue(WebhookEvent.ARTICLE_UPDATED, article(event.articleId(), event.uid(), event.title()));
  }

  @EventListener
  void on(ArticleWithdrawn event) {
    enqueue(
        WebhookEvent.ARTICLE_UNPUBLISHED, article(event.articleId(), event.uid(), event.title()));
  }

  @EventListener
  void on(ArticleDeleted event) {
    enqueue(WebhookEvent.ARTICLE_DELETED, article(event.articleId(), event.uid(), event.title()));
  }

  @EventListener
  void on(DonationRecorded event) {
    Map<String, Object> data =
        donation(
            event.appealId(),
            event.appealSlug(),
            event.amountMinor(),
            event.currency(),
            event.recordedAt());
    data.put("paymentId", event.paymentId());
    data.put("source", event.paymentId() == null ? "desk" : "payment");
    enqueue(WebhookEvent.DONATION_RECORDED, data);
  }

  @EventListener
  void on(DonationRefunded event) {
    Map<String, Object> data =
        donation(
            event.appealId(),
            event.appealSlug(),
            event.amountMinor(),
            event.currency(),
            event.recordedAt());
    data.put("refundId", event.refundId());
    data.put("paymentId", event.paymentId());
    data.put("source", event.refundId() == null ? "desk" : "payment");
    enqueue(WebhookEvent.DONATION_REFUNDED, data);
  }

  /** The address goes with it: see {@link SubscriberConfirmed} for why. */
  @EventListener
  void on(SubscriberConfirmed event) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("subscriberId", event.subscriberId());
    data.put("email", event.email());
    data.put("frequency", event.frequency());
    data.put("sections", event.sections());
    data.put("languages", event.languages());
    data.put("confirmedAt", event.confirmedAt().toString());
    enqueue(WebhookEvent.SUBSCRIBER_CONFIRMED, data);
  }

  /** Money as the APIs give it: minor units and the ISO 4217 code. */
  private static Map<String, Object> donation(
      long appealId, String appealSlug, long amountMinor, String currency, Instant at) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("appealId", appealId);
    data.put("appealSlug", appealSlug);
    data.put("amountMinor", amountMinor);
    data.put("currency", currency);
    data.put("recordedAt", at.toString());
    return data;
  }

  private static Map<String, Object> article(long id, String uid, String title) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("articleId", id);
    data.put("uid", uid);
    data.put("title", title);
    return data;
  }

  /** One event id for all endpoints, so receivers can tell a retry from a new event. */
  void enqueue(WebhookEvent type, Map<String, Object> data) {
    var subscribed = endpoints.listSubscribedTo(type);
    if (subscribed.isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    String eventId = UUID.randomUUID().toString();
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("id", eventId);
    payload.put("type", type.code());
    payload.put("createdAt", now.toString());
    payload.put("data", data);
    String body = JSON.writeValueAsString(payload);
    subscribed.forEach(
        endpoint -> deliveries.enqueue(endpoint.id(), eventId, type.code(), body, now));
  }
}
