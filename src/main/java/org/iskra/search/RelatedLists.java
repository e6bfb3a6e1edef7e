package org.iskra.search;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Each published article's related articles as the index found them when the article was indexed:
 * at most {@link #LENGTH} ids, best first. Derived data, recomputed by a reindex and filled in by
 * the catch-up; never archived. An article's row goes with the article. Thread-safe.
 */
interface RelatedLists {

  /** How many related ids a list keeps: enough for a page's list after withdrawals drop out. */
  int LENGTH = 10;

  /** Stores (or replaces) the article's list. Does nothing when the article no longer exists. */
  void save(long articleId, List<Long> relatedIds, Instant computedAt);

  /**
   * Stores (or replaces) many articles' lists at once, in one statement; articles that no longer
   * exist are left out.
   */
  void saveAll(Map<Long, List<Long>> lists, Instant computedAt);

  /** The article's list, empty when none was stored (an empty list is a list: nothing alike). */
  Optional<List<Long>> find(long articleId);

  /** The stored lists of these articles, in one query; articles without a list are absent. */
  Map<Long, List<Long>> findAll(Collection<Long> articleIds);

  /**
   * Published articles without a list, by id after {@code afterId}, at most {@code limit}: what a
   * catch-up must still compute.
   */
  default List<Long> listPublishedWithout(long afterId, int limit) {
    return listPublishedShorterThan(0, afterId, limit);
  }

  /**
   * Published articles without a list or whose list holds fewer than {@code length} ids, by id
   * after {@code afterId}, at most {@code limit}. A short list was found while the index held few
   * articles alike (a new site's first articles), so new articles may fill it.
   */
  List<Long> listPublishedShorterThan(int length, long afterId, int limit);

  /** Forgets the article's list, if any. */
  void remove(long articleId);
}
