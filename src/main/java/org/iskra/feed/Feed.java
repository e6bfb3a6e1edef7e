package org.iskra.feed;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * A feed before it is written in one format: every address absolute, every text plain except {@link
 * Item#contentHtml}.
 *
 * @param pageUrl the listing page the feed follows
 * @param feedUrl the feed's own address
 * @param updated the newest change among the items, or null when there is none
 * @param zone the publication's timezone, for formats whose dates carry an offset
 */
record Feed(
    String title,
    String description,
    String pageUrl,
    String feedUrl,
    String language,
    String publisher,
    String publisherUrl,
    Instant updated,
    ZoneId zone,
    List<Item> items) {

  /**
   * One article.
   *
   * @param id never changes, whatever is edited: {@code urn:uuid:} and the article's uid
   * @param contentHtml the sanitised body with absolute addresses, or null when only the teaser is
   *     given (by setting, or because the article has no body)
   * @param categories the section first, then the tags
   * @param image the featured image (largest variant), or null
   */
  record Item(
      String id,
      String url,
      String title,
      String summary,
      String contentHtml,
      String language,
      Instant published,
      Instant modified,
      List<Person> authors,
      List<Category> categories,
      Image image) {}

  record Person(String name, String url) {}

  /** A section or tag, with the address of its page. */
  record Category(String name, String url) {}

  /**
   * @param type the media type of the file
   * @param length the file's size in bytes, which RSS and Atom enclosures give
   */
  record Image(String url, String type, long length) {}
}
