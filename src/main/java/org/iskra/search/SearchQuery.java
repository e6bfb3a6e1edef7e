package org.iskra.search;

import java.util.Map;
import java.util.Set;

/**
 * A search: words (with {@code "phrases"} and {@code -exclusions}), filters, order and page.
 *
 * @param text as typed; may be empty to list everything matching the filters
 * @param scope {@link Scope#PUBLIC} finds only published articles outside the trash
 * @param filters per facet, the keys an article must have one of (all facets must match)
 * @param page 1-based
 */
public record SearchQuery(
    String text, Scope scope, Map<Facet, Set<String>> filters, Sort sort, int page, int pageSize) {

  /** Characters of query text looked at; the rest is ignored. */
  public static final int MAX_LENGTH = 500;

  public SearchQuery {
    text = text == null ? "" : text;
    filters = Map.copyOf(filters);
    if (page < 1 || pageSize < 1 || pageSize > 100) {
      throw new IllegalArgumentException("page from 1, page size from 1 to 100");
    }
  }

  /** Who is searching: readers, or the desk (every state, drafts included). */
  public enum Scope {
    PUBLIC,
    DESK
  }

  public enum Sort {
    /** Best match first, with a mild preference for recent articles. */
    RELEVANCE,
    /** Newest publication first. */
    NEWEST,
    /** Latest change first (the desk's list). */
    UPDATED
  }
}
