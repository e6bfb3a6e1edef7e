package org.iskra.syndication;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The store of partner-feed subscriptions. Claims are compare-and-sets, so that two servers polling
 * one database never poll one feed at once.
 */
interface FeedSubscriptions {

  FeedSubscription insert(
      String url, String partner, long sectionId, String createdBy, Instant now);

  Optional<FeedSubscription> findById(long id);

  Optional<FeedSubscription> findByUrl(String url);

  /** All subscriptions, by partner name. */
  List<FeedSubscription> listAll();

  /** Pauses or resumes; a resumed feed is due at {@code nextPollAt}. */
  void updateStatus(long id, FeedSubscription.Status status, Instant nextPollAt);

  /** Deletes the subscription; its items stay, without it. */
  boolean delete(long id);

  /** Active subscriptions due at {@code now} and not claimed by a live poll, most overdue first. */
  List<Long> listDueIds(Instant now, int limit);

  /**
   * Claims the subscription until {@code until}, if no live claim holds it and, when {@code
   * dueOnly}, it is active and due.
   *
   * @return the subscription as claimed, or empty when another poll has it (or it is not due)
   */
  Optional<FeedSubscription> claim(long id, Instant now, Instant until, boolean dueOnly);

  /** Records a good poll and releases the claim. */
  void recordSuccess(
      long id, String etag, String lastModified, Instant polledAt, Instant nextPollAt);

  /** Records a failed poll (the {@code failures}th in a row) and releases the claim. */
  void recordFailure(long id, int failures, String error, Instant polledAt, Instant nextPollAt);
}
