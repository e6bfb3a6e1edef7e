package org.iskra.site;

import org.iskra.article.Listing;
import org.iskra.publication.PageFrames;
import org.iskra.publication.Words;
import org.iskra.section.Section;
import org.iskra.section.Sections;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A section front at {@code /{section}}: the section's articles, newest first. */
@Controller
class SectionFrontController {

  private final ListingPages pages;
  private final Sections sections;
  private final PageFrames frames;

  SectionFrontController(ListingPages pages, Sections sections, PageFrames frames) {
    this.pages = pages;
    this.sections = sections;
    this.frames = frames;
  }

  @GetMapping("/{slug:[a-z0-9-]+}")
  String front(
      @PathVariable String slug,
      @RequestParam(name = "page", required = false) String page,
      Model model) {
    Section section = sections.findBySlug(slug).orElseThrow(PageNumber::notFound);
    Words words = frames.words();
    String description =
        section.description().isEmpty()
            ? words.t("section.description", section.name())
            : section.description();
    return pages.render(
        model,
        Listing.inSection(section.id()),
        page,
        new ListingPage.Heading(
            words.t("kind.section"), section.name(), section.description(), false),
        section.name(),
        description,
        section.path(),
        section.slug(),
        false);
  }
}
