package org.iskra.campaign;

import java.time.Instant;

/**
 * One donation (positive) or refund (negative), in minor units.
 *
 * @param paymentId the payment provider's id, or null for a gift recorded by hand
 */
public record Donation(
    long id,
    long appealId,
    long amountMinor,
    String currency,
    String paymentId,
    String donor,
    String recordedBy,
    Instant createdAt) {

  public String amount() {
    return Money.format(amountMinor, Money.currency(currency));
  }
}
