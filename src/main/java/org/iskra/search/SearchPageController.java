package org.iskra.search;

import jakarta.servlet.http.HttpServletResponse;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.iskra.publication.Edition;
import org.iskra.publication.Editions;
import org.iskra.publication.PageFrames;
import org.iskra.publication.Words;
import org.springframework.context.annotation.Lazy;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public search page at {@code /search}: results with highlighted snippets, facets to narrow
 * them, sorting and pages. Works without JavaScript; {@code assets/search.js} adds suggestions as
 * one types.
 */
@Controller
class SearchPageController {

  static final int PAGE_SIZE = 20;

  /** The value of {@code language} that searches every language instead of the edition's. */
  static final String ALL_LANGUAGES = "all";

  private final SearchIndex index;
  private final PageFrames frames;
  private final Editions editions;

  SearchPageController(@Lazy SearchIndex index, PageFrames frames, Editions editions) {
    this.index = index;
    this.frames = frames;
    this.editions = editions;
  }

  @GetMapping("/search")
  String search(
      @RequestParam MultiValueMap<String, String> parameters,
      Model model,
      HttpServletResponse response) {
    SearchRequest request = SearchRequest.from(parameters);
    Edition edition = editions.current();
    boolean allLanguages = request.isSelected(Facet.LANGUAGE, ALL_LANGUAGES);
    boolean editionOnly = !allLanguages && !request.filters().containsKey(Facet.LANGUAGE);
    SearchResults results =
        request.isEmpty() ? null : index.search(scoped(request, edition, editionOnly));
    if (results != null && request.page() > results.pages()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    Words words = frames.words();
    String title =
        request.text().isEmpty()
            ? words.t("search.title")
            : words.t("search.title-for", request.text());
    model.addAttribute("frame", frames.frame(title, words.t("search.description"), "", ""));
    model.addAttribute("request", request);
    model.addAttribute("editionOnly", editionOnly && editions.isMultilingual());
    model.addAttribute("editionName", edition.nativeName());
    model.addAttribute("results", results);
    model.addAttribute(
        "facets",
        List.of(Facet.SECTION, Facet.COUNTRY, Facet.TAG, Facet.AUTHOR, Facet.YEAR, Facet.LANGUAGE));
    // Results change with every publish; let caches keep them briefly, never index them.
    response.setHeader("Cache-Control", "public, max-age=60");
    response.setHeader("X-Robots-Tag", "noindex");
    return "search/page";
  }

  /**
   * The query the request asks for in this edition: without a language of its own, the edition's
   * language only; with {@code language=all}, every language.
   */
  private static SearchQuery scoped(SearchRequest request, Edition edition, boolean editionOnly) {
    Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
    filters.putAll(request.filters());
    if (editionOnly) {
      filters.put(Facet.LANGUAGE, Set.of(edition.language()));
    } else if (request.isSelected(Facet.LANGUAGE, ALL_LANGUAGES)) {
      // "all" widens the default, not a language the reader then picks among the results.
      Set<String> chosen = new java.util.LinkedHashSet<>(filters.get(Facet.LANGUAGE));
      chosen.remove(ALL_LANGUAGES);
      if (chosen.isEmpty()) {
        filters.remove(Facet.LANGUAGE);
      } else {
        filters.put(Facet.LANGUAGE, chosen);
      }
    }
    return new SearchRequest(
            request.text(), request.cut(), Map.copyOf(filters), request.sort(), request.page())
        .query(PAGE_SIZE);
  }
}
