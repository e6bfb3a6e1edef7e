package org.iskra.article;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The store of articles. Implementations are thread-safe; writes join the caller's transaction, so
 * a save with its bylines, tags, countries and slug history is all or nothing.
 */
interface Articles {

  /** Stores a new article; the manuscript is already validated and its body sanitised. */
  Article insert(
      Manuscript manuscript,
      String slug,
      ArticleStatus status,
      Instant publishedAt,
      Instant now,
      Long createdBy);

  /**
   * Replaces an article's manuscript and state if it is still at {@code expectedVersion}, and
   * raises its version. When the slug changes, the old one is kept in the slug history so that its
   * URL keeps answering.
   *
   * @return the article as saved, or empty when it is missing or someone saved it in between
   */
  Optional<Article> update(
      long id,
      int expectedVersion,
      Manuscript manuscript,
      String slug,
      ArticleStatus status,
      Instant publishedAt,
      Instant now);

  /**
   * Changes only the workflow state (status, publication time, trash) if the article is still at
   * {@code expectedVersion}, and raises its version: a compare-and-set, so that of two nodes
   * publishing the same scheduled article only one succeeds.
   *
   * @return the article as changed, or empty when it is missing or its version moved on
   */
  Optional<Article> changeState(
      long id,
      int expectedVersion,
      ArticleStatus status,
      Instant publishedAt,
      Instant trashedAt,
      Instant now);

  /** Articles of any state with an id above {@code afterId}, by id, with their links. */
  List<Article> listAfter(long afterId, int limit);

  /** The version of every article, by id. */
  Map<Long, Integer> versions();

  /** Deletes an article with its links, slug history and revisions. */
  boolean delete(long id);

  /** Scheduled articles whose time has come, oldest first. */
  List<DueArticle> listDue(Instant now, int limit);

  /** A scheduled article due for publication, at the version it was seen. */
  record DueArticle(long id, int version) {}

  Optional<Article> findById(long id);

  Optional<Article> findBySlug(String language, String slug);

  /** The article that once had this slug and has since changed it. */
  Optional<Long> findIdByFormerSlug(String language, String slug);

  /** Whether another article than {@code exceptId} has, or once had, this slug. */
  boolean isSlugTaken(String language, String slug, long exceptId);

  /** A page of published articles matching the listing, newest first. */
  List<ListedArticle> listPublished(Listing listing, int offset, int limit);

  /**
   * The ids of the published articles matching the listing, newest first: the order of {@link
   * #listPublished}, every page at once. One query, over indexes and the link tables only, for
   * reading a whole listing: reading it page by page after the last article read made each page
   * search the whole listing again (sorting every article of a topic with 30,000 for each 200).
   */
  List<Long> listPublishedIds(Listing listing);

  long countPublished(Listing listing);

  /** These articles, in this order, leaving out any not published. */
  List<ListedArticle> listPublishedByIds(java.util.Collection<Long> ids);

  /** How many articles were published in each of these half-open periods, in the same order. */
  List<Long> countPublishedPerPeriod(List<Instant> boundaries);

  /** The same, for the articles of a listing (its language, say). */
  List<Long> countPublishedPerPeriod(List<Instant> boundaries, Listing listing);

  /** The earliest and latest publication times, or empty when nothing is published. */
  Optional<PublishedSpan> publishedSpan();

  /** The same, for the articles of a listing. */
  Optional<PublishedSpan> publishedSpan(Listing listing);

  /** Published articles of a listing per country code, for the countries that have any. */
  java.util.Map<String, Long> countPublishedPerCountry(Listing listing);

  /** Published articles per country code, for the countries that have any. */
  java.util.Map<String, Long> countPublishedPerCountry();

  /** How many articles outside the trash are in each status; statuses without any are left out. */
  java.util.Map<ArticleStatus, Long> countByStatus();

  /** All articles in any status. */
  long count();

  /** The newest published articles matching the listing, whole and with their links. */
  List<Article> listPublishedInFull(Listing listing, int limit);

  /**
   * Published articles matching the listing (and the language, unless null), whole and with their
   * links, ordered by publication time and id, newest first unless {@code oldestFirst}, strictly
   * after the position ({@code afterAt}, {@code afterId}) when {@code afterAt} is not null (keyset
   * paging: stable while articles are added), at most {@code limit}.
   */
  List<Article> listPublishedAfter(
      Listing listing,
      String language,
      boolean oldestFirst,
      java.time.Instant afterAt,
      long afterId,
      int limit);

  /** Published articles matching the listing, oldest first, so that a page keeps its articles. */
  List<LocatedArticle> listPublishedLocations(Listing listing, int offset, int limit);

  /** A published article's address parts and times. */
  record LocatedArticle(
      long sectionId,
      String slug,
      String title,
      String language,
      Instant publishedAt,
      Instant updatedAt,
      boolean republished) {}

  /**
   * For consecutive pages of {@code pageSize} published articles, oldest first (as {@link
   * #listPublishedLocations} pages them), the latest change on each page: its last save, or its
   * publication when that came later. Empty when nothing is published.
   */
  List<Instant> listLastChangePerPage(int pageSize);

  /**
   * Other published articles of the article's translation group (the same text in other languages).
   */
  List<Article> listTranslations(Article article);

  /**
   * For each of these articles, the other published articles of its translation group, ordered as
   * {@link #listTranslations(Article)} orders them; an article without any is left out. One query
   * whatever the number of articles.
   */
  Map<Long, List<Article>> listTranslations(List<Article> articles);

  /** The ids of every published article, in id order. */
  List<Long> listPublishedIds();

  /**
   * Published articles with an id above {@code afterId} and at most {@code lastId}, by id, whole
   * and with their links.
   */
  List<Article> listPublishedInIdRange(long afterId, long lastId);

  /** Articles of any language and state whose current slug is this one, by language. */
  List<Article> listBySlug(String slug);

  /**
   * Articles not in the trash whose featured image is the media library's image {@code key}, or
   * whose body shows one of its files ({@code /media/KEY/…}), newest first, at most {@code limit}.
   */
  List<Article> listShowingMedia(String key, int limit);

  /** Ids of the authors with at least one published article. */
  List<Long> listAuthorIdsWithPublished();

  /** Ids of the tags on at least one published article. */
  List<Long> listTagIdsWithPublished();
}
