package org.iskra.site;

import org.iskra.article.Listing;
import org.iskra.publication.Publication;
import org.iskra.publication.PublicationProfile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The front page: every published article, newest first, the newest as the lead story. */
@Controller
class FrontPageController {

  private final ListingPages pages;
  private final PublicationProfile profile;

  FrontPageController(ListingPages pages, PublicationProfile profile) {
    this.pages = pages;
    this.profile = profile;
  }

  @GetMapping("/")
  String front(@RequestParam(name = "page", required = false) String page, Model model) {
    Publication publication = profile.current();
    return pages.render(
        model,
        Listing.everything(),
        page,
        new ListingPage.Heading("", "Latest", "", true),
        page == null ? "" : "Latest",
        publication.tagline(),
        "/",
        "",
        false);
  }
}
