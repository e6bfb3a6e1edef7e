package org.iskra.site;

import java.util.List;
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
  private final List<FrontPageBlocks> blocks;

  FrontPageController(
      ListingPages pages, PublicationProfile profile, List<FrontPageBlocks> blocks) {
    this.pages = pages;
    this.profile = profile;
    this.blocks = blocks;
  }

  @GetMapping("/")
  String front(@RequestParam(name = "page", required = false) String page, Model model) {
    Publication publication = profile.current();
    model.addAttribute(
        "blocks",
        page == null
            ? blocks.stream().flatMap(source -> source.blocks().stream()).toList()
            : List.of());
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
