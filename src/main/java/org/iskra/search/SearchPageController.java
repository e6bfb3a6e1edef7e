package org.iskra.search;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.iskra.publication.PageFrames;
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

  private final SearchIndex index;
  private final PageFrames frames;

  SearchPageController(@Lazy SearchIndex index, PageFrames frames) {
    this.index = index;
    this.frames = frames;
  }

  @GetMapping("/search")
  String search(
      @RequestParam MultiValueMap<String, String> parameters,
      Model model,
      HttpServletResponse response) {
    SearchRequest request = SearchRequest.from(parameters);
    SearchResults results = request.isEmpty() ? null : index.search(request.query(PAGE_SIZE));
    if (results != null && request.page() > results.pages()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    String title = request.text().isEmpty() ? "Search" : "Search: " + request.text();
    model.addAttribute("frame", frames.frame(title, "Search the publication", "", ""));
    model.addAttribute("request", request);
    model.addAttribute("results", results);
    model.addAttribute(
        "facets",
        List.of(Facet.SECTION, Facet.COUNTRY, Facet.TAG, Facet.AUTHOR, Facet.YEAR, Facet.LANGUAGE));
    // Results change with every publish; let caches keep them briefly, never index them.
    response.setHeader("Cache-Control", "public, max-age=60");
    response.setHeader("X-Robots-Tag", "noindex");
    return "search/page";
  }
}
