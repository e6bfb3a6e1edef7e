package org.iskra.search;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Lazy;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Search as JSON, with everything the page has: {@code GET /api/search?q=…} takes the page's
 * parameters; {@code GET /api/search/suggest?q=…} completes what a reader is typing.
 */
@RestController
class SearchApiController {

  static final int MAX_PAGE_SIZE = 50;
  static final int SUGGESTIONS = 8;

  private final SearchIndex index;

  SearchApiController(@Lazy SearchIndex index) {
    this.index = index;
  }

  /** One result as the API gives it. */
  record Result(
      long id,
      String title,
      String url,
      String language,
      Label section,
      Instant publishedAt,
      List<SearchHit.SnippetPart> snippet) {}

  /** A page of results as the API gives it. */
  record Page(
      String query,
      boolean queryCut,
      boolean fuzzy,
      long total,
      int page,
      int pages,
      List<Result> results,
      Map<String, List<SearchResults.FacetCount>> facets) {}

  @GetMapping("/api/search")
  ResponseEntity<Page> search(
      @RequestParam MultiValueMap<String, String> parameters,
      @RequestParam(name = "size", defaultValue = "20") String size) {
    SearchRequest request = SearchRequest.from(parameters);
    int pageSize =
        size.matches("[1-9][0-9]?") ? Math.min(Integer.parseInt(size), MAX_PAGE_SIZE) : 20;
    SearchResults results = index.search(request.query(pageSize));
    Map<String, List<SearchResults.FacetCount>> facets = new LinkedHashMap<>();
    results.facets().forEach((facet, counts) -> facets.put(facet.parameter(), counts));
    Page page =
        new Page(
            request.text(),
            request.cut(),
            results.fuzzy(),
            results.total(),
            request.page(),
            results.pages(),
            results.hits().stream()
                .map(
                    hit ->
                        new Result(
                            hit.articleId(),
                            hit.title(),
                            hit.path(),
                            hit.language(),
                            hit.section(),
                            hit.publishedAt(),
                            hit.snippet()))
                .toList(),
            facets);
    return ResponseEntity.ok()
        .cacheControl(CacheControl.maxAge(java.time.Duration.ofSeconds(60)).cachePublic())
        .body(page);
  }

  @GetMapping("/api/search/suggest")
  ResponseEntity<List<Suggestion>> suggest(@RequestParam(name = "q", defaultValue = "") String q) {
    String prefix = q.replaceAll("\\p{Cc}", "").strip();
    if (prefix.length() > 100) {
      prefix = prefix.substring(0, 100);
    }
    List<Suggestion> suggestions =
        prefix.isEmpty() ? List.of() : index.suggest(prefix, SUGGESTIONS);
    return ResponseEntity.ok()
        .cacheControl(CacheControl.maxAge(java.time.Duration.ofSeconds(60)).cachePublic())
        .body(suggestions);
  }
}
