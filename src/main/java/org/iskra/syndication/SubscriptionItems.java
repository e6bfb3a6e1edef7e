package org.iskra.syndication;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The store of partner-feed items. An item is added once: its GUID is unique within its
 * subscription and its link across all of them.
 */
interface SubscriptionItems {

  /**
   * Adds the item to the queue unless it is there already (same GUID in this subscription, or same
   * link in any).
   *
   * @return whether it was added
   */
  boolean add(
      long subscriptionId,
      String guid,
      String link,
      String title,
      String summary,
      String content,
      String author,
      Instant publishedAt,
      Instant arrivedAt);

  Optional<SubscriptionItem> findById(long id);

  /** Items in that state, newest (by the partner's date, else arrival) first. */
  List<SubscriptionItem> listByState(SubscriptionItem.State state, Long subscriptionId, int limit);

  /** New items per subscription id. */
  Map<Long, Long> countNewPerSubscription();

  /**
   * Marks a new or dismissed item republished, by compare-and-set on its state.
   *
   * @return whether this call marked it (false: someone republished it meanwhile)
   */
  boolean markRepublished(long id, String by, Instant at);

  void linkArticle(long id, long articleId);

  /** Deletes the subscription's items still waiting; decided ones stay known. */
  int deleteWaiting(long subscriptionId);

  /**
   * Dismisses a new item, by compare-and-set on its state.
   *
   * @return whether this call dismissed it
   */
  boolean dismiss(long id, String by, Instant at);
}
