package org.iskra.article;

import java.time.Instant;
import java.util.List;

/**
 * The desk's translation screen: per edition language, how many published originals lack a
 * translation and how many translations are out of date; and, for one language, those articles.
 * Public only because compiled templates live in another package.
 *
 * @param language the language listed in detail, or empty when there are no edition languages
 * @param limit the most articles listed per list; the counts are exact
 */
public record TranslationReport(
    List<Edition> editions, String language, List<Item> missing, List<Item> outOfDate, int limit) {

  /** One edition language's counts. */
  public record Edition(String language, long missing, long outOfDate) {

    public String name() {
      return EditionLanguages.nameOf(language);
    }
  }

  /**
   * An article of a list: a published original to translate, or an out-of-date translation.
   *
   * @param originalId the translation's original, or 0 for an original
   */
  public record Item(
      long id,
      String language,
      String title,
      ArticleStatus status,
      Instant publishedAt,
      Instant updatedAt,
      long originalId) {

    public String languageName() {
      return EditionLanguages.nameOf(language);
    }
  }

  public String languageName() {
    return EditionLanguages.nameOf(language);
  }

  /** The counts of the language listed in detail. */
  public Edition selected() {
    return editions.stream()
        .filter(edition -> edition.language().equals(language))
        .findFirst()
        .orElse(new Edition(language, 0, 0));
  }
}
