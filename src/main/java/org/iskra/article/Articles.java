package org.iskra.article;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The store of articles. Implementations are thread-safe; writes join the caller's transaction, so
 * a save with its bylines, tags, countries and slug history is all or nothing.
 */
interface Articles {

  /** Stores a new article; the manuscript is already validated and its body sanitised. */
  Article insert(
      Manuscript manuscript, String slug, ArticleStatus status, Instant publishedAt, Instant now);

  /**
   * Replaces an article's manuscript and state. When the slug changes, the old one is kept in the
   * slug history so that its URL keeps answering.
   */
  Article update(
      long id,
      Manuscript manuscript,
      String slug,
      ArticleStatus status,
      Instant publishedAt,
      Instant now);

  Optional<Article> findById(long id);

  Optional<Article> findBySlug(String language, String slug);

  /** The article that once had this slug and has since changed it. */
  Optional<Long> findIdByFormerSlug(String language, String slug);

  /** Whether another article than {@code exceptId} has, or once had, this slug. */
  boolean isSlugTaken(String language, String slug, long exceptId);

  /** A page of published articles matching the listing, newest first. */
  List<ListedArticle> listPublished(Listing listing, int offset, int limit);

  long countPublished(Listing listing);

  /** How many articles were published in each of these half-open periods, in the same order. */
  List<Long> countPublishedPerPeriod(List<Instant> boundaries);

  /** The earliest and latest publication times, or empty when nothing is published. */
  Optional<PublishedSpan> publishedSpan();

  /** Published articles per country code, for the countries that have any. */
  java.util.Map<String, Long> countPublishedPerCountry();

  /** How many articles are in each status; statuses without any are left out. */
  java.util.Map<ArticleStatus, Long> countByStatus();

  /** All articles in any status. */
  long count();
}
