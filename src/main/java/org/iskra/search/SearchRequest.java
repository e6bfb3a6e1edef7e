package org.iskra.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.util.MultiValueMap;

/**
 * A reader's search as the address carries it ({@code /search?q=…&section=…&page=2}), cleaned: no
 * control characters, text cut to {@link SearchQuery#MAX_LENGTH}, at most a few filters of sane
 * length, page and sort defaulted when mangled. Builds the addresses of the page's links.
 */
public record SearchRequest(
    String text, boolean cut, Map<Facet, Set<String>> filters, SearchQuery.Sort sort, int page) {

  private static final int MAX_FILTER_VALUES = 10;
  private static final int MAX_FILTER_LENGTH = 100;
  private static final int MAX_PAGE = 1000;

  /** Reads the query parameters of a public search. */
  public static SearchRequest from(MultiValueMap<String, String> parameters) {
    String raw = parameters.getFirst("q") == null ? "" : parameters.getFirst("q");
    String clean =
        raw.replaceAll("[\\p{Cc}\\p{Cf}&&[^\\t\\n]]", "").replaceAll("\\s+", " ").strip();
    boolean cut = clean.length() > SearchQuery.MAX_LENGTH;
    if (cut) {
      clean = clean.substring(0, SearchQuery.MAX_LENGTH);
    }
    Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
    for (Facet facet : Facet.values()) {
      if (facet == Facet.STATUS) {
        continue;
      }
      List<String> values = parameters.getOrDefault(facet.parameter(), List.of());
      Set<String> kept =
          values.stream()
              .map(String::strip)
              .filter(v -> !v.isEmpty() && v.length() <= MAX_FILTER_LENGTH)
              .limit(MAX_FILTER_VALUES)
              .collect(Collectors.toCollection(LinkedHashSet::new));
      if (!kept.isEmpty()) {
        filters.put(facet, kept);
      }
    }
    SearchQuery.Sort sort =
        "newest".equals(parameters.getFirst("sort"))
            ? SearchQuery.Sort.NEWEST
            : SearchQuery.Sort.RELEVANCE;
    int page = 1;
    String pageText = parameters.getFirst("page");
    if (pageText != null && pageText.matches("[1-9][0-9]{0,5}")) {
      page = Math.min(Integer.parseInt(pageText), MAX_PAGE);
    }
    return new SearchRequest(clean, cut, Map.copyOf(filters), sort, page);
  }

  /** Whether there is anything to search for: words or a filter. */
  public boolean isEmpty() {
    return text.isEmpty() && filters.isEmpty();
  }

  public SearchQuery query(int pageSize) {
    return new SearchQuery(text, SearchQuery.Scope.PUBLIC, filters, sort, page, pageSize);
  }

  public boolean isSelected(Facet facet, String key) {
    return filters.getOrDefault(facet, Set.of()).contains(key);
  }

  /** This search with the value added to, or taken from, the facet's filter, from page 1. */
  public String toggled(Facet facet, String key) {
    Map<Facet, Set<String>> changed = new EnumMap<>(Facet.class);
    changed.putAll(filters);
    Set<String> values = new LinkedHashSet<>(filters.getOrDefault(facet, Set.of()));
    if (!values.remove(key)) {
      values.add(key);
    }
    if (values.isEmpty()) {
      changed.remove(facet);
    } else {
      changed.put(facet, values);
    }
    return path(text, changed, sort, 1);
  }

  public String atPage(int number) {
    return path(text, filters, sort, number);
  }

  public String sortedBy(String order) {
    return path(
        text,
        filters,
        "newest".equals(order) ? SearchQuery.Sort.NEWEST : SearchQuery.Sort.RELEVANCE,
        1);
  }

  private static String path(
      String text, Map<Facet, Set<String>> filters, SearchQuery.Sort sort, int page) {
    StringBuilder query = new StringBuilder("/search?q=").append(encode(text));
    for (Facet facet : Facet.values()) {
      for (String value : filters.getOrDefault(facet, Set.of())) {
        query.append('&').append(facet.parameter()).append('=').append(encode(value));
      }
    }
    if (sort == SearchQuery.Sort.NEWEST) {
      query.append("&sort=newest");
    }
    if (page > 1) {
      query.append("&page=").append(page);
    }
    return query.toString();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
