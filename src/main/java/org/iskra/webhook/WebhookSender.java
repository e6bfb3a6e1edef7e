package org.iskra.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.iskra.outbound.AddressGuard;
import org.iskra.outbound.OutboundClient;
import org.iskra.outbound.RefusedAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends due deliveries from the queue, only in the server (never in commands): claims a batch by
 * compare-and-set, checks the address again ({@link AddressGuard}), posts the signed payload
 * without following redirects, and records the outcome; a failure waits {@code retry-base ×
 * 2^(n−1)} and is given up after {@code max-attempts}. Claims expire, so a crash mid-send retries
 * later.
 */
@Component
@ConditionalOnWebApplication
class WebhookSender {

  private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);
  private static final int BATCH = 20;

  private final WebhookDeliveries deliveries;
  private final WebhookEndpoints endpoints;
  private final WebhookSettings settings;
  private final AddressGuard guard;
  private final Clock clock;
  private final OutboundClient outbound;

  WebhookSender(
      WebhookDeliveries deliveries,
      WebhookEndpoints endpoints,
      WebhookSettings settings,
      Clock clock) {
    this.deliveries = deliveries;
    this.endpoints = endpoints;
    this.settings = settings;
    this.outbound = new OutboundClient(settings.connectTimeout());
    this.guard =
        new AddressGuard(
            settings.allowPrivateAddresses(), "iskra.webhooks.allow-private-addresses");
    this.clock = clock;
  }

  @Scheduled(
      initialDelayString = "${iskra.webhooks.poll-interval:2s}",
      fixedDelayString = "${iskra.webhooks.poll-interval:2s}")
  void sendDue() {
    Instant now = clock.instant();
    // A claim outlives the longest attempt, so that only a crashed sender's claims expire.
    Instant until = now.plus(settings.timeout().plus(settings.connectTimeout()).multipliedBy(3));
    List<WebhookDelivery> due = deliveries.claimDue(now, until, BATCH);
    for (WebhookDelivery delivery : due) {
      send(delivery);
    }
  }

  private void send(WebhookDelivery delivery) {
    int attempt = delivery.attempts() + 1;
    Optional<WebhookEndpoint> endpoint = endpoints.findById(delivery.endpointId());
    if (endpoint.isEmpty() || !endpoint.get().enabled()) {
      deliveries.markFailed(delivery.id(), delivery.attempts(), null, "endpoint disabled", null);
      return;
    }
    URI uri;
    try {
      uri = guard.check(endpoint.get().url());
    } catch (RefusedAddress e) {
      deliveries.markFailed(delivery.id(), attempt, null, e.getMessage(), null);
      return;
    }
    long timestamp = clock.instant().getEpochSecond();
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(settings.timeout())
            .header("Content-Type", "application/json")
            .header("User-Agent", "Iskra-Webhooks/1")
            .header("Iskra-Event-Id", delivery.eventId())
            .header("Iskra-Event-Type", delivery.eventType())
            .header("Iskra-Delivery", Long.toString(delivery.id()))
            .header(
                "Iskra-Signature",
                DeliverySignature.header(endpoint.get().secret(), timestamp, delivery.payload()))
            .POST(HttpRequest.BodyPublishers.ofString(delivery.payload()))
            .build();
    try {
      HttpResponse<Void> response =
          outbound.http().send(request, HttpResponse.BodyHandlers.discarding());
      int status = response.statusCode();
      if (status >= 200 && status < 300) {
        deliveries.markDelivered(delivery.id(), attempt, status, clock.instant());
      } else {
        retry(delivery, attempt, status, "HTTP " + status);
      }
    } catch (IOException e) {
      retry(delivery, attempt, null, e.getClass().getSimpleName() + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      retry(delivery, attempt, null, "interrupted");
    }
  }

  private void retry(WebhookDelivery delivery, int attempt, Integer status, String error) {
    Instant next = null;
    if (attempt < settings.maxAttempts()) {
      Duration wait = settings.retryBase().multipliedBy(1L << Math.min(attempt - 1, 20));
      next = clock.instant().plus(wait);
    } else {
      log.warn("Webhook delivery {} given up after {} attempts: {}", delivery.id(), attempt, error);
    }
    deliveries.markFailed(delivery.id(), attempt, status, error == null ? "" : error, next);
  }
}
