package org.iskra.site;

import java.time.YearMonth;
import org.iskra.publication.Editions;
import org.iskra.publication.PageFrames;
import org.iskra.publication.PageTags;
import org.iskra.publication.Words;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The archive by year and month. Months are the publication's calendar months (its timezone), so an
 * article published late on 31 October UTC may belong to November in Asia.
 */
@Controller
class ArchiveController {

  private final ListingPages pages;
  private final SiteListings siteListings;
  private final PageFrames frames;
  private final Editions editions;

  ArchiveController(
      ListingPages pages, SiteListings siteListings, PageFrames frames, Editions editions) {
    this.editions = editions;
    this.pages = pages;
    this.siteListings = siteListings;
    this.frames = frames;
  }

  @GetMapping("/archive")
  String index(Model model) {
    Words words = frames.words();
    model.addAttribute(
        "frame",
        frames.frame(words.t("archive.title"), words.t("archive.description"), "/archive", ""));
    model.addAttribute("years", siteListings.archiveYears(editions.current()));
    PageTags.add(PageTags.listing("/archive"));
    return "site/archive";
  }

  @GetMapping("/archive/{year:\\d{4}}")
  String year(
      @PathVariable int year,
      @RequestParam(name = "page", required = false) String page,
      Model model) {
    return pages.render(model, siteListings.year(year), page);
  }

  @GetMapping("/archive/{year:\\d{4}}/{month:\\d{2}}")
  String month(
      @PathVariable int year,
      @PathVariable int month,
      @RequestParam(name = "page", required = false) String page,
      Model model) {
    if (!ArchiveMonth.isMonth(month)) {
      throw PageNumber.notFound();
    }
    return pages.render(model, siteListings.month(YearMonth.of(year, month)), page);
  }
}
