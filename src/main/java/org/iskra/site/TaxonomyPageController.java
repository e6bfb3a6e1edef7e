package org.iskra.site;

import java.util.List;
import java.util.Map;
import org.iskra.article.ArticleListings;
import org.iskra.article.Listing;
import org.iskra.author.Author;
import org.iskra.author.Authors;
import org.iskra.geo.Countries;
import org.iskra.geo.Country;
import org.iskra.publication.Edition;
import org.iskra.publication.Editions;
import org.iskra.publication.PageFrames;
import org.iskra.publication.PageTags;
import org.iskra.publication.Words;
import org.iskra.tag.Tag;
import org.iskra.tag.Tags;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

/** Author, tag and country pages, and the index of countries by region. */
@Controller
class TaxonomyPageController {

  private final ListingPages pages;
  private final SiteListings siteListings;
  private final ArticleListings listings;
  private final Authors authors;
  private final Tags tags;
  private final Countries countries;
  private final PageFrames frames;
  private final Editions editions;

  TaxonomyPageController(
      Editions editions,
      ListingPages pages,
      SiteListings siteListings,
      ArticleListings listings,
      Authors authors,
      Tags tags,
      Countries countries,
      PageFrames frames) {
    this.pages = pages;
    this.siteListings = siteListings;
    this.listings = listings;
    this.authors = authors;
    this.tags = tags;
    this.countries = countries;
    this.frames = frames;
    this.editions = editions;
  }

  @GetMapping("/author/{slug:[a-z0-9-]+}")
  String author(
      @PathVariable String slug,
      @RequestParam(name = "page", required = false) String page,
      Model model) {
    Author author = authors.findBySlug(slug).orElseThrow(PageNumber::notFound);
    return pages.render(model, siteListings.author(author), page);
  }

  @GetMapping("/tag/{slug:[a-z0-9-]+}")
  Object tag(
      @PathVariable String slug,
      @RequestParam(name = "page", required = false) String page,
      Model model) {
    Edition edition = editions.current();
    Tag tag = tags.findBySlug(edition.language(), slug).orElseThrow(PageNumber::notFound);
    if (!tag.slug().equals(slug)) {
      // The tag's own slug in an edition that names it otherwise: one address per page.
      int number = PageNumber.parse(page);
      RedirectView redirect =
          new RedirectView(edition.path(tag.path()) + (number == 1 ? "" : "?page=" + number));
      redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
      redirect.setExposeModelAttributes(false);
      return redirect;
    }
    return pages.render(model, siteListings.tag(tag), page);
  }

  @GetMapping("/country/{code:[a-z]{2}}")
  String country(
      @PathVariable String code,
      @RequestParam(name = "page", required = false) String page,
      Model model) {
    Country country = countries.find(code).orElseThrow(PageNumber::notFound);
    return pages.render(model, siteListings.country(country), page);
  }

  @GetMapping("/countries")
  String countries(Model model) {
    Words words = frames.words();
    Map<String, Long> counts =
        listings.countPerCountry(listings.inEdition(Listing.everything(), editions.current()));
    List<Country> covered =
        countries.listByCodes(counts.keySet()).stream()
            .map(c -> new Country(c.code(), words.country(c.code(), c.name()), c.region()))
            .sorted(
                java.util.Comparator.comparing(
                    Country::name, java.text.Collator.getInstance(words.locale())))
            .toList();
    Map<String, List<Country>> regions = new java.util.LinkedHashMap<>();
    countries
        .groupByRegion(covered)
        .forEach((region, list) -> regions.put(SiteListings.region(words, region), list));
    model.addAttribute(
        "frame",
        frames.frame(
            words.t("countries.title"), words.t("countries.description"), "/countries", ""));
    model.addAttribute("regions", regions);
    model.addAttribute("counts", counts);
    PageTags.add(PageTags.listing("/countries"));
    return "site/countries";
  }
}
