package org.iskra.search;

import java.util.List;
import java.util.Map;

/**
 * One page of results with the total, facet counts (over all matches, not just this page), and
 * whether the words were matched loosely because the exact search found little.
 *
 * @param fuzzy true when typo tolerance produced these results ("kissenger" → Kissinger)
 * @param facets per facet, the values with their counts, most frequent first
 */
public record SearchResults(
    long total,
    List<SearchHit> hits,
    Map<Facet, List<FacetCount>> facets,
    boolean fuzzy,
    int page,
    int pageSize) {

  public SearchResults {
    hits = List.copyOf(hits);
    facets = Map.copyOf(facets);
  }

  public int pages() {
    return (int) Math.max(1, (total + pageSize - 1) / pageSize);
  }

  /** A facet value and how many matching articles have it. */
  public record FacetCount(String key, String name, long count) {}
}
