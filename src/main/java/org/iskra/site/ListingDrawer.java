package org.iskra.site;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.iskra.article.ArticleListings;
import org.iskra.article.Listing;
import org.iskra.article.TeaserPage;
import org.iskra.geo.Countries;
import org.iskra.publication.DrawingScope;
import org.iskra.publication.Edition;
import org.iskra.publication.Editions;
import org.iskra.publication.PageDrawer;
import org.iskra.publication.PageSink;
import org.iskra.section.Sections;
import org.springframework.stereotype.Component;
import org.springframework.ui.ExtendedModelMap;

/**
 * Draws every page of every listing (the front page and its later pages, sections, authors, tags,
 * countries, the archive's years and months) in every edition, each listing counted once and read
 * {@value #PAGES_PER_READ} pages per query instead of a count and a skip for every page.
 */
@Component
class ListingDrawer implements PageDrawer {

  /** Pages of teasers read per query. */
  private static final int PAGES_PER_READ = 10;

  private final Editions editions;
  private final SiteListings siteListings;
  private final ListingPages pages;
  private final ArticleListings listings;
  private final Sections sections;
  private final Countries countries;
  private final TemplateEngine templates;

  ListingDrawer(
      Editions editions,
      SiteListings siteListings,
      ListingPages pages,
      ArticleListings listings,
      Sections sections,
      Countries countries,
      TemplateEngine templates) {
    this.editions = editions;
    this.siteListings = siteListings;
    this.pages = pages;
    this.listings = listings;
    this.sections = sections;
    this.countries = countries;
    this.templates = templates;
  }

  @Override
  public List<Runnable> drawing(PageSink sink) {
    List<Runnable> jobs = new ArrayList<>();
    for (Edition edition : editions.all()) {
      // Which listings there are is read once; each listing is then one job.
      List<Supplier<ListingSpec>> specs = DrawingScope.in(edition, () -> listingsOf(edition));
      jobs.add(() -> drawFront(edition, sink));
      for (Supplier<ListingSpec> spec : specs) {
        jobs.add(() -> draw(edition, DrawingScope.in(edition, spec), sink));
      }
    }
    return jobs;
  }

  /** Every listing of the edition but the front page, as the pages linking to them show them. */
  private List<Supplier<ListingSpec>> listingsOf(Edition edition) {
    List<Supplier<ListingSpec>> specs = new ArrayList<>();
    sections.listAll(edition.language()).forEach(s -> specs.add(() -> siteListings.section(s)));
    listings.authorsWithArticles().forEach(a -> specs.add(() -> siteListings.author(a)));
    listings
        .tagsWithArticles(edition.language())
        .forEach(t -> specs.add(() -> siteListings.tag(t)));
    Listing inEdition = listings.inEdition(Listing.everything(), edition);
    countries
        .listByCodes(listings.countPerCountry(inEdition).keySet())
        .forEach(c -> specs.add(() -> siteListings.country(c)));
    for (ArchiveYear year : siteListings.archiveYears(edition)) {
      specs.add(() -> siteListings.year(year.year()));
      for (ArchiveMonth month : year.months()) {
        specs.add(() -> siteListings.month(month.month()));
      }
    }
    return specs;
  }

  private void drawFront(Edition edition, PageSink sink) {
    ListingSpec bare = DrawingScope.in(edition, () -> siteListings.front(false));
    ListingSpec numbered = DrawingScope.in(edition, () -> siteListings.front(true));
    listings.eachPage(
        listings.inEdition(Listing.everything(), edition),
        PAGES_PER_READ,
        page -> {
          boolean first = page.number() == 1;
          drawPage(
              edition,
              first ? bare : numbered,
              page,
              first ? siteListings.frontBlocks(edition, false) : List.of(),
              sink);
        });
  }

  private void draw(Edition edition, ListingSpec spec, PageSink sink) {
    listings.eachPage(
        listings.inEdition(spec.listing(), edition),
        PAGES_PER_READ,
        page -> {
          if (!(spec.emptyIsMissing() && page.total() == 0)) {
            drawPage(edition, spec, page, null, sink);
          }
        });
  }

  /** One page, as {@link ListingPages#render} and the view answer it; blocks only on the front. */
  private void drawPage(
      Edition edition,
      ListingSpec spec,
      TeaserPage page,
      List<gg.jte.Content> blocks,
      PageSink sink) {
    DrawingScope.in(
        edition,
        () -> {
          ExtendedModelMap model = new ExtendedModelMap();
          if (blocks != null) {
            model.addAttribute("blocks", blocks);
          }
          String view = pages.fill(model, edition, spec, page);
          StringOutput output = new StringOutput(32 * 1024);
          templates.render(view + ".jte", model, output);
          ListingPage listingPage = (ListingPage) model.getAttribute("listing");
          sink.page(listingPage.pagePath(page.number()), PageSink.HTML, output.toString());
          return null;
        });
  }
}
