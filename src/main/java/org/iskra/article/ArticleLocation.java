package org.iskra.article;

import java.time.Instant;

/**
 * Where a published article lives and when it last changed, for sitemaps: no body, no links.
 *
 * @param path the article's address on the site, {@code /americas/its-slug}
 * @param language BCP 47 tag
 * @param republished whether the article republishes another publication's, whose address is its
 *     canonical one (search engines are then pointed there, not here)
 */
public record ArticleLocation(
    String path,
    String title,
    String language,
    Instant publishedAt,
    Instant updatedAt,
    boolean republished) {

  /** The later of publication and last save: a scheduled article may be saved before it appears. */
  public Instant lastModified() {
    return publishedAt != null && publishedAt.isAfter(updatedAt) ? publishedAt : updatedAt;
  }
}
