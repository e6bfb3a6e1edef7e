package org.iskra.webhook;

import java.time.Instant;

/**
 * One event for one endpoint, from the durable queue: {@code pending} (waiting for its next
 * attempt), {@code sending} (claimed by a sender until {@code claimedUntil}), {@code delivered} or
 * {@code failed} (given up, or refused before sending).
 *
 * @param lastStatusCode the receiver's last HTTP status, or null when none was received
 */
public record WebhookDelivery(
    long id,
    long endpointId,
    String eventId,
    String eventType,
    String payload,
    String status,
    int attempts,
    Instant nextAttemptAt,
    Integer lastStatusCode,
    String lastError,
    Instant createdAt,
    Instant deliveredAt) {}
