package org.iskra.article;

import java.time.Instant;

/**
 * Which published articles a listing shows; every field left null means "any". Newest first.
 *
 * @param from inclusive lower bound of the publication time
 * @param until exclusive upper bound of the publication time
 */
public record Listing(
    Long sectionId, Long authorId, Long tagId, String countryCode, Instant from, Instant until) {

  public static Listing everything() {
    return new Listing(null, null, null, null, null, null);
  }

  public static Listing inSection(long sectionId) {
    return new Listing(sectionId, null, null, null, null, null);
  }

  public static Listing byAuthor(long authorId) {
    return new Listing(null, authorId, null, null, null, null);
  }

  public static Listing taggedWith(long tagId) {
    return new Listing(null, null, tagId, null, null, null);
  }

  public static Listing aboutCountry(String countryCode) {
    return new Listing(null, null, null, countryCode, null, null);
  }

  public static Listing publishedBetween(Instant from, Instant until) {
    return new Listing(null, null, null, null, from, until);
  }
}
