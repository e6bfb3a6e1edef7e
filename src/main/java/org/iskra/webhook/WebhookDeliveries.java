package org.iskra.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The durable queue of deliveries. Claiming is a compare-and-set on the row, so that several
 * servers (or a slow sender and the next poll) never send the same attempt twice. Thread-safe.
 */
interface WebhookDeliveries {

  /** Queues a delivery; a second one for the same endpoint and event id is ignored. */
  void enqueue(long endpointId, String eventId, String eventType, String payload, Instant at);

  /**
   * Claims up to {@code limit} deliveries due at {@code now} (pending, or sending with an expired
   * claim) until {@code until}; returns those this caller won.
   */
  List<WebhookDelivery> claimDue(Instant now, Instant until, int limit);

  void markDelivered(long id, int attempts, int statusCode, Instant at);

  /** Records a failed attempt: pending again at {@code next}, or failed for good when null. */
  void markFailed(long id, int attempts, Integer statusCode, String error, Instant next);

  /** The endpoint's deliveries, newest first. */
  List<WebhookDelivery> listByEndpoint(long endpointId, int limit);

  Optional<WebhookDelivery> findById(long id);

  /** How many deliveries are in each of these statuses (each present), on the status index. */
  java.util.Map<String, Long> countIn(java.util.Collection<String> statuses);
}
