package org.iskra.site;

import org.iskra.article.TeaserPage;

/**
 * A page that lists teasers: its heading, what kind of page it is, an optional introduction, and
 * the page of teasers with the path its pagination links hang from.
 *
 * @param kind shown above the heading ("Section", "Author"…), or empty
 * @param lead whether the first teaser is shown as the lead story (the front page)
 */
public record ListingPage(
    String kind, String heading, String intro, TeaserPage page, String basePath, boolean lead) {

  /** What a listing page says about itself above its teasers. */
  public record Heading(String kind, String text, String intro, boolean lead) {}

  /** The address of page {@code n} of this listing; page 1 has no parameter. */
  public String pagePath(int n) {
    if (n <= 1) {
      return basePath;
    }
    // The default edition's front page is "/", an edition's "/es": "/?page=2", "/es?page=2".
    return basePath + "?page=" + n;
  }
}
