package org.iskra.article;

import java.util.List;
import java.util.Map;

/**
 * Finds articles of any state by their words for the desk's list, best match first. Implemented by
 * the search feature with the same engine readers use; without one, the desk falls back to matching
 * titles and standfirsts in the store.
 */
public interface ArticleFinder {

  /** One page of matches: ids in order, how many there are, and how many per state. */
  Found find(DeskFilter filter, int offset, int limit);

  /**
   * @param countsPerState per status code and {@code trashed}, for the filter's other criteria
   */
  record Found(List<Long> ids, long total, Map<String, Long> countsPerState) {}
}
