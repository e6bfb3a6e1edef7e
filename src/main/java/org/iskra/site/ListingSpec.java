package org.iskra.site;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.iskra.article.Listing;
import org.iskra.publication.Edition;

/**
 * What every page of one listing shares: which articles, its heading, title and description, and
 * where its pages live.
 *
 * @param title the page's title, without the page number
 * @param description the meta description
 * @param basePathIn the listing's path at the root in each edition, before the edition's prefix (a
 *     section or a tag is named in each language)
 * @param activeSection the slug of the section the navigation marks, or empty
 * @param emptyIsMissing whether a listing with no article at all is a page that does not exist
 */
record ListingSpec(
    Listing listing,
    ListingPage.Heading heading,
    String title,
    String description,
    Function<Edition, String> basePathIn,
    String activeSection,
    boolean emptyIsMissing) {

  /**
   * The listing's path in each edition is looked up once per spec: every page of a listing names
   * its address in every edition, and a tag's or a section's is a query each.
   */
  ListingSpec {
    Function<Edition, String> lookup = basePathIn;
    Map<Edition, String> paths = new ConcurrentHashMap<>();
    basePathIn = edition -> paths.computeIfAbsent(edition, lookup);
  }

  /** A listing at the same path in every edition. */
  ListingSpec(
      Listing listing,
      ListingPage.Heading heading,
      String title,
      String description,
      String basePath,
      String activeSection,
      boolean emptyIsMissing) {
    this(listing, heading, title, description, each -> basePath, activeSection, emptyIsMissing);
  }
}
