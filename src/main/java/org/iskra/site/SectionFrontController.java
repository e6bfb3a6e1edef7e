package org.iskra.site;

import org.iskra.article.Listing;
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

  SectionFrontController(ListingPages pages, Sections sections) {
    this.pages = pages;
    this.sections = sections;
  }

  @GetMapping("/{slug:[a-z0-9-]+}")
  String front(
      @PathVariable String slug,
      @RequestParam(name = "page", required = false) String page,
      Model model) {
    Section section = sections.findBySlug(slug).orElseThrow(PageNumber::notFound);
    String description =
        section.description().isEmpty()
            ? "The latest from " + section.name()
            : section.description();
    return pages.render(
        model,
        Listing.inSection(section.id()),
        page,
        new ListingPage.Heading("Section", section.name(), section.description(), false),
        section.name(),
        description,
        section.path(),
        section.slug(),
        false);
  }
}
