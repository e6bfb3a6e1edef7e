package org.iskra.site;

import java.util.List;
import java.util.Map;
import org.iskra.article.ArticleListings;
import org.iskra.article.Listing;
import org.iskra.author.Author;
import org.iskra.author.Authors;
import org.iskra.geo.Countries;
import org.iskra.geo.Country;
import org.iskra.publication.PageFrames;
import org.iskra.publication.PageTags;
import org.iskra.tag.Tag;
import org.iskra.tag.Tags;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Author, tag and country pages, and the index of countries by region. */
@Controller
class TaxonomyPageController {

  private final ListingPages pages;
  private final ArticleListings listings;
  private final Authors authors;
  private final Tags tags;
  private final Countries countries;
  private final PageFrames frames;

  TaxonomyPageController(
      ListingPages pages,
      ArticleListings listings,
      Authors authors,
      Tags tags,
      Countries countries,
      PageFrames frames) {
    this.pages = pages;
    this.listings = listings;
    this.authors = authors;
    this.tags = tags;
    this.countries = countries;
    this.frames = frames;
  }

  @GetMapping("/author/{slug:[a-z0-9-]+}")
  String author(
      @PathVariable String slug,
      @RequestParam(name = "page", required = false) String page,
      Model model) {
    Author author = authors.findBySlug(slug).orElseThrow(PageNumber::notFound);
    return pages.render(
        model,
        Listing.byAuthor(author.id()),
        page,
        new ListingPage.Heading("Author", author.name(), author.bio(), false),
        author.name(),
        author.bio().isEmpty() ? "Articles by " + author.name() : author.bio(),
        author.path(),
        "",
        false);
  }

  @GetMapping("/tag/{slug:[a-z0-9-]+}")
  String tag(
      @PathVariable String slug,
      @RequestParam(name = "page", required = false) String page,
      Model model) {
    Tag tag = tags.findBySlug(slug).orElseThrow(PageNumber::notFound);
    return pages.render(
        model,
        Listing.taggedWith(tag.id()),
        page,
        new ListingPage.Heading("Topic", tag.name(), "", false),
        tag.name(),
        "Articles about " + tag.name(),
        tag.path(),
        "",
        false);
  }

  @GetMapping("/country/{code:[a-z]{2}}")
  String country(
      @PathVariable String code,
      @RequestParam(name = "page", required = false) String page,
      Model model) {
    Country country = countries.find(code).orElseThrow(PageNumber::notFound);
    return pages.render(
        model,
        Listing.aboutCountry(country.code()),
        page,
        new ListingPage.Heading(country.region(), country.name(), "", false),
        country.name(),
        "News and analysis about " + country.name(),
        country.path(),
        "",
        false);
  }

  @GetMapping("/countries")
  String countries(Model model) {
    Map<String, Long> counts = listings.countPerCountry();
    List<Country> covered = countries.listByCodes(counts.keySet());
    model.addAttribute(
        "frame", frames.frame("Countries", "Articles by country and region", "/countries", ""));
    model.addAttribute("regions", countries.groupByRegion(covered));
    model.addAttribute("counts", counts);
    PageTags.add(PageTags.listing("/countries"));
    return "site/countries";
  }
}
