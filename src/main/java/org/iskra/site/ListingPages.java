package org.iskra.site;

import java.util.HashMap;
import java.util.Map;
import org.iskra.article.ArticleListings;
import org.iskra.article.Listing;
import org.iskra.article.TeaserPage;
import org.iskra.publication.Edition;
import org.iskra.publication.Editions;
import org.iskra.publication.PageFrame;
import org.iskra.publication.PageFrames;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Fills the model of a listing page: resolves the page (or 404s) and frames it. */
@Component
class ListingPages {

  static final String VIEW = "site/listing";

  private final ArticleListings listings;
  private final PageFrames frames;
  private final Editions editions;

  ListingPages(ArticleListings listings, PageFrames frames, Editions editions) {
    this.listings = listings;
    this.frames = frames;
    this.editions = editions;
  }

  /** Page {@code rawPage} of the listing in the request's edition, or a 404. */
  String render(Model model, ListingSpec spec, String rawPage) {
    int number = PageNumber.parse(rawPage);
    Edition edition = editions.current();
    TeaserPage page =
        listings
            .page(listings.inEdition(spec.listing(), edition), number)
            .orElseThrow(PageNumber::notFound);
    if (spec.emptyIsMissing() && page.total() == 0) {
      throw PageNumber.notFound();
    }
    return fill(model, edition, spec, page);
  }

  /** The model of a page already read (every page of a listing drawn at once, for instance). */
  String fill(Model model, Edition edition, ListingSpec spec, TeaserPage page) {
    int number = page.number();
    ListingPage.Heading heading = spec.heading();
    ListingPage listingPage =
        new ListingPage(
            heading.kind(),
            heading.text(),
            heading.intro(),
            page,
            edition.path(spec.basePathIn().apply(edition)),
            heading.lead() && number == 1);
    String title = spec.title();
    String fullTitle = number > 1 ? frames.words().t("listing.title-page", title, number) : title;
    // The frame asks for the default edition's path twice (its alternate and the x-default).
    Map<Edition, Boolean> exists = new HashMap<>();
    PageFrame frame =
        frames.frame(
            edition,
            fullTitle,
            spec.description(),
            each -> {
              if (!each.equals(edition)
                  && !exists.computeIfAbsent(each, other -> existsIn(spec, other))) {
                // Not a page there (an archive month the edition published nothing in): the
                // switcher leads to that edition's front page, and no alternate names it.
                return "";
              }
              String base = spec.basePathIn().apply(each);
              return number <= 1 ? base : base + "?page=" + number;
            },
            spec.activeSection());
    if (hasOwnFeeds(spec.listing())) {
      frame = frame.withFeedsOf(title, spec.basePathIn().apply(edition));
    }
    model.addAttribute("frame", frame);
    model.addAttribute("listing", listingPage);
    return VIEW;
  }

  /** Whether the listing has a page in that edition: only a listing missing when empty has none. */
  private boolean existsIn(ListingSpec spec, Edition edition) {
    return !spec.emptyIsMissing()
        || listings.count(listings.inEdition(spec.listing(), edition)) > 0;
  }

  /**
   * Whole sections, authors, tags and countries have feeds (see the {@code feed} package); the
   * front page's are the site's, and the archive's periods have none.
   */
  private static boolean hasOwnFeeds(Listing listing) {
    return listing.from() == null
        && listing.until() == null
        && !listing.equals(Listing.everything());
  }
}
