package org.iskra.campaign;

import java.time.Instant;

/**
 * What happens to an appeal's money, announced inside the transaction that recorded it (a
 * rolled-back delivery announces nothing) and only once per payment or refund id, so a provider's
 * repeated delivery announces nothing twice. They carry no donor: a donor's name is not public, and
 * listeners (webhooks) pass data outside the publication.
 */
public final class DonationEvents {

  private DonationEvents() {}

  /**
   * A donation was added to the appeal's total.
   *
   * @param amountMinor more than zero, in minor units of {@code currency} (the appeal's)
   * @param paymentId the payment provider's id, or null for a gift staff recorded by hand
   */
  public record DonationRecorded(
      long appealId,
      String appealSlug,
      long amountMinor,
      String currency,
      String paymentId,
      Instant recordedAt) {}

  /**
   * A refund was subtracted from the appeal's total.
   *
   * @param amountMinor the refunded amount, more than zero, in minor units of {@code currency}
   * @param refundId the provider's refund id, or null for a refund staff recorded by hand
   * @param paymentId the refunded payment's id, or null for a refund recorded by hand
   */
  public record DonationRefunded(
      long appealId,
      String appealSlug,
      long amountMinor,
      String currency,
      String refundId,
      String paymentId,
      Instant recordedAt) {}
}
