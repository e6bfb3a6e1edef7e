package org.iskra.site;

import java.util.List;
import org.iskra.article.Listing;
import org.iskra.publication.Editions;
import org.iskra.publication.PageFrames;
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
  private final PageFrames frames;
  private final Editions editions;

  FrontPageController(
      ListingPages pages,
      PublicationProfile profile,
      List<FrontPageBlocks> blocks,
      PageFrames frames,
      Editions editions) {
    this.pages = pages;
    this.profile = profile;
    this.blocks = blocks;
    this.frames = frames;
    this.editions = editions;
  }

  @GetMapping("/")
  String front(@RequestParam(name = "page", required = false) String page, Model model) {
    Publication publication = profile.current();
    // The blocks (an appeal's progress) are written in the default edition's language.
    model.addAttribute(
        "blocks",
        page == null && editions.current().isDefault()
            ? blocks.stream().flatMap(source -> source.blocks().stream()).toList()
            : List.of());
    String latest = frames.words().t("front.latest");
    return pages.render(
        model,
        Listing.everything(),
        page,
        new ListingPage.Heading("", latest, "", true),
        page == null ? "" : latest,
        publication.tagline(),
        "/",
        "",
        false);
  }
}
