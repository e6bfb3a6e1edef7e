package org.iskra.article;

import java.time.Instant;
import java.util.List;
import org.iskra.publication.Edition;

/**
 * Which published articles a listing shows; every field left null means "any". Newest first.
 *
 * @param from inclusive lower bound of the publication time
 * @param until exclusive upper bound of the publication time
 * @param languages only articles in these languages (BCP 47, as stored), or null for any
 * @param otherLanguages articles in none of these languages, or null to leave none out: a default
 *     edition shows every language but those of the other editions
 */
public record Listing(
    Long sectionId,
    Long authorId,
    Long tagId,
    String countryCode,
    Instant from,
    Instant until,
    List<String> languages,
    List<String> otherLanguages) {

  public Listing {
    languages = languages == null ? null : List.copyOf(languages);
    otherLanguages =
        otherLanguages == null || otherLanguages.isEmpty() ? null : List.copyOf(otherLanguages);
  }

  /** A listing of articles in any language. */
  public Listing(
      Long sectionId, Long authorId, Long tagId, String countryCode, Instant from, Instant until) {
    this(sectionId, authorId, tagId, countryCode, from, until, null, null);
  }

  /** This listing, only with the articles of a language edition ({@link Edition}). */
  public Listing in(Edition edition, List<String> otherEditionLanguages) {
    return edition.isDefault()
        ? new Listing(
            sectionId, authorId, tagId, countryCode, from, until, null, otherEditionLanguages)
        : new Listing(
            sectionId,
            authorId,
            tagId,
            countryCode,
            from,
            until,
            List.of(edition.language()),
            null);
  }

  /** This listing without any condition on the language. */
  public Listing anyLanguage() {
    return new Listing(sectionId, authorId, tagId, countryCode, from, until);
  }

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
