package org.iskra.site;

import java.util.function.Function;
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

  /**
   * @param title the page's title, without the page number
   * @param description the meta description
   * @param basePath the listing's path at the root; the request's edition is put in front of it
   * @param emptyIsMissing whether a listing with no article at all is a page that does not exist
   */
  String render(
      Model model,
      Listing listing,
      String rawPage,
      ListingPage.Heading heading,
      String title,
      String description,
      String basePath,
      String activeSection,
      boolean emptyIsMissing) {
    return render(
        model,
        listing,
        rawPage,
        heading,
        title,
        description,
        each -> basePath,
        activeSection,
        emptyIsMissing);
  }

  /**
   * The same for a listing whose path differs between editions (a section named in each language).
   *
   * @param basePathIn the listing's path at the root in each edition, before the edition's prefix
   */
  String render(
      Model model,
      Listing listing,
      String rawPage,
      ListingPage.Heading heading,
      String title,
      String description,
      Function<Edition, String> basePathIn,
      String activeSection,
      boolean emptyIsMissing) {
    int number = PageNumber.parse(rawPage);
    Edition edition = editions.current();
    TeaserPage page =
        listings
            .page(listings.inEdition(listing, edition), number)
            .orElseThrow(PageNumber::notFound);
    if (emptyIsMissing && page.total() == 0) {
      throw PageNumber.notFound();
    }
    ListingPage listingPage =
        new ListingPage(
            heading.kind(),
            heading.text(),
            heading.intro(),
            page,
            edition.path(basePathIn.apply(edition)),
            heading.lead() && number == 1);
    String fullTitle = number > 1 ? frames.words().t("listing.title-page", title, number) : title;
    PageFrame frame =
        frames.frame(
            edition,
            fullTitle,
            description,
            each -> {
              String base = basePathIn.apply(each);
              return number <= 1 ? base : base + "?page=" + number;
            },
            activeSection);
    if (hasOwnFeeds(listing)) {
      frame = frame.withFeedsOf(title, basePathIn.apply(edition));
    }
    model.addAttribute("frame", frame);
    model.addAttribute("listing", listingPage);
    return VIEW;
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
