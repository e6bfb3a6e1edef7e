package org.iskra.article;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The store of translation links: which article a translation was made from, and the original's
 * text as the translation last caught up with it. A translation is out of date while the original's
 * title, standfirst or body differ from that copy. Writes join the caller's transaction.
 * Thread-safe.
 */
interface Translations {

  /**
   * Puts the new translation in the original's translation group and links it to the original,
   * caught up with {@code source}.
   */
  void link(long translationId, Article original, Source source, Instant now, String by);

  /**
   * Records that the translation now renders {@code source} of its original.
   *
   * @return false when the article is not a linked translation
   */
  boolean bringUpToDate(long translationId, Source source, Instant now, String by);

  /** The link of a translation, or empty for an article that is not one. */
  Optional<Link> find(long translationId);

  /** Every article of the translation group, trashed ones left out, oldest first. */
  List<Member> listGroup(String translationGroup);

  /**
   * For each language: how many published originals have no article in that language in their
   * translation group (one original counted per group), and how many translations into it are out
   * of date. Languages without either are left out.
   */
  Map<String, Counts> countPerLanguage(List<String> languages);

  /**
   * Published originals with no article in {@code language} in their group, newest first, at most
   * {@code limit}.
   */
  List<Member> listMissing(String language, int limit);

  /** Translations into {@code language} whose original changed since, latest change first. */
  List<Member> listOutOfDate(String language, int limit);

  /** The original's text that a translation renders. */
  record Source(int version, String title, String standfirst, String body) {

    static Source of(Article article) {
      return new Source(article.version(), article.title(), article.standfirst(), article.body());
    }
  }

  /** A translation's link to its original. */
  record Link(
      long translationId,
      long originalId,
      Source source,
      Instant syncedAt,
      String syncedBy,
      boolean outOfDate) {}

  /** Missing and out-of-date counts for one language. */
  record Counts(long missing, long outOfDate) {}

  /**
   * An article as the translation screens list it.
   *
   * @param originalId the article it was translated from, or 0 for an original
   * @param outOfDate whether its original changed since it last caught up
   */
  record Member(
      long id,
      String language,
      String title,
      ArticleStatus status,
      Instant publishedAt,
      Instant updatedAt,
      long originalId,
      boolean outOfDate) {}
}
