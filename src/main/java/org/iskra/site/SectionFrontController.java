package org.iskra.site;

import org.iskra.publication.Edition;
import org.iskra.publication.Editions;
import org.iskra.section.Section;
import org.iskra.section.Sections;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

/** A section front at {@code /{section}}: the section's articles, newest first. */
@Controller
class SectionFrontController {

  private final ListingPages pages;
  private final SiteListings siteListings;
  private final Sections sections;
  private final Editions editions;

  SectionFrontController(
      ListingPages pages, SiteListings siteListings, Sections sections, Editions editions) {
    this.editions = editions;
    this.pages = pages;
    this.siteListings = siteListings;
    this.sections = sections;
  }

  @GetMapping("/{slug:[a-z0-9-]+}")
  Object front(
      @PathVariable String slug,
      @RequestParam(name = "page", required = false) String page,
      Model model) {
    Edition edition = editions.current();
    Section section =
        sections.findBySlug(edition.language(), slug).orElseThrow(PageNumber::notFound);
    if (!section.slug().equals(slug)) {
      // The section's own slug in an edition that names it otherwise: one address per page.
      int number = PageNumber.parse(page);
      RedirectView redirect =
          new RedirectView(edition.path(section.path()) + (number == 1 ? "" : "?page=" + number));
      redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
      redirect.setExposeModelAttributes(false);
      return redirect;
    }
    return pages.render(model, siteListings.section(section), page);
  }
}
