package org.iskra.campaign;

import org.iskra.article.ArticleListings;
import org.iskra.publication.PageFrames;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The public appeal pages: {@code /appeals} and {@code /appeals/{slug}} with live progress. */
@Controller
class AppealPageController {

  private final Fundraising fundraising;
  private final PageFrames frames;
  private final ArticleListings listings;

  AppealPageController(Fundraising fundraising, PageFrames frames, ArticleListings listings) {
    this.fundraising = fundraising;
    this.frames = frames;
    this.listings = listings;
  }

  @GetMapping("/appeals")
  String appeals(Model model) {
    model.addAttribute("frame", frames.frame("Appeals", "", "/appeals", ""));
    model.addAttribute("appeals", fundraising.list().stream().map(fundraising::progress).toList());
    return "campaign/list";
  }

  @GetMapping("/appeals/{slug:[a-z0-9-]+}")
  String appeal(@PathVariable String slug, Model model) {
    Appeal appeal =
        fundraising
            .findBySlug(slug)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    model.addAttribute(
        "frame", frames.frame(appeal.name(), appeal.description(), appeal.path(), ""));
    model.addAttribute("progress", fundraising.progress(appeal));
    model.addAttribute("articles", listings.teasersOf(fundraising.articlesOf(appeal.id())));
    return "campaign/page";
  }
}
