package org.iskra.campaign;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The store of appeals and their donations. Thread-safe; writes join the caller's transaction. */
interface Appeals {

  Appeal insert(Appeal appeal, Instant now);

  boolean update(Appeal appeal, Instant now);

  Optional<Appeal> findById(long id);

  Optional<Appeal> findBySlug(String slug);

  List<Appeal> listAll();

  /**
   * Adds a donation or refund unless one with the same payment id is already stored.
   *
   * @return false when the payment id was already there (the delivery is a duplicate)
   */
  boolean addDonation(
      long appealId,
      long amountMinor,
      String currency,
      String paymentId,
      String donor,
      String recordedBy,
      Instant now);

  /** The donation with this payment id, if the provider's payment was recorded. */
  Optional<Donation> findDonationByPaymentId(String paymentId);

  List<Donation> listDonations(long appealId, int limit);

  /** Net total in minor units and the number of positive donations. */
  AppealProgress progress(Appeal appeal);

  void linkArticle(long articleId, long appealId);

  void unlinkArticle(long articleId);

  Optional<Appeal> findByArticle(long articleId);

  List<Long> listArticleIds(long appealId);
}
