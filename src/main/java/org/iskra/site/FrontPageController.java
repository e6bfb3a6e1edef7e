package org.iskra.site;

import org.iskra.publication.Editions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The front page: every published article, newest first, the newest as the lead story. */
@Controller
class FrontPageController {

  private final ListingPages pages;
  private final SiteListings siteListings;
  private final Editions editions;

  FrontPageController(ListingPages pages, SiteListings siteListings, Editions editions) {
    this.pages = pages;
    this.siteListings = siteListings;
    this.editions = editions;
  }

  @GetMapping("/")
  String front(@RequestParam(name = "page", required = false) String page, Model model) {
    model.addAttribute("blocks", siteListings.frontBlocks(editions.current(), page != null));
    return pages.render(model, siteListings.front(page != null), page);
  }
}
