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
   * Appeals with this status at {@code now} (any when null), by start and id, latest first unless
   * {@code oldestFirst}, strictly after the position ({@code afterStart}, {@code afterId}) or from
   * the start when {@code afterStart} is null; at most {@code limit}.
   */
  List<Appeal> listPage(
      Appeal.Status status,
      Instant now,
      boolean oldestFirst,
      Instant afterStart,
      long afterId,
      int limit);

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

  /** The progress of each appeal, in their order, in one query. */
  List<AppealProgress> progress(List<Appeal> appeals);

  void linkArticle(long articleId, long appealId);

  void unlinkArticle(long articleId);

  Optional<Appeal> findByArticle(long articleId);

  /** Of these articles, those linked to an appeal; one query. */
  java.util.Set<Long> listLinkedArticleIds(java.util.Collection<Long> articleIds);

  List<Long> listArticleIds(long appealId);

  /** The linked article ids of each of these appeals (absent when none), in one query. */
  java.util.Map<Long, List<Long>> listArticleIds(java.util.Collection<Long> appealIds);
}
