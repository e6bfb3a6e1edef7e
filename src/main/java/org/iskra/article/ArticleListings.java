package org.iskra.article;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.iskra.author.Author;
import org.iskra.author.Authors;
import org.iskra.geo.Countries;
import org.iskra.publication.Edition;
import org.iskra.publication.Editions;
import org.iskra.section.Section;
import org.iskra.section.Sections;
import org.iskra.tag.Tag;
import org.iskra.tag.Tags;
import org.springframework.stereotype.Service;

/**
 * Pages of published articles for the public site, newest first, {@value #PAGE_SIZE} to a page. A
 * page costs a fixed number of queries whatever its size (no N+1). Thread-safe.
 */
@Service
public class ArticleListings {

  public static final int PAGE_SIZE = 20;

  private final Articles articles;
  private final Sections sections;
  private final Authors authors;
  private final Countries countries;
  private final Tags tags;
  private final ArticleViews views;
  private final Editions editions;

  ArticleListings(
      Editions editions,
      Articles articles,
      Sections sections,
      Authors authors,
      Countries countries,
      Tags tags,
      ArticleViews views) {
    this.articles = articles;
    this.sections = sections;
    this.authors = authors;
    this.countries = countries;
    this.tags = tags;
    this.views = views;
    this.editions = editions;
  }

  /**
   * The listing with only the articles of an edition: those in its language, or, for the default
   * edition, in any language but the other editions'.
   */
  public Listing inEdition(Listing listing, Edition edition) {
    return listing.in(edition, editions.otherLanguages(edition));
  }

  /**
   * Page {@code number} of the listing, or empty when there is no such page. The first page always
   * exists, empty or not.
   */
  public Optional<TeaserPage> page(Listing listing, int number) {
    if (number < 1) {
      return Optional.empty();
    }
    long total = articles.countPublished(listing);
    int pageCount = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    if (number > pageCount) {
      return Optional.empty();
    }
    List<ListedArticle> rows = articles.listPublished(listing, (number - 1) * PAGE_SIZE, PAGE_SIZE);
    return Optional.of(new TeaserPage(teasers(rows), number, pageCount, total));
  }

  /**
   * Every page of the listing in order, as {@link #page} gives them one by one, for drawing a whole
   * listing at once: the listing's ids are read once, in order, and its articles {@code
   * pagesPerRead} pages per query by id. The first page is given even when the listing is empty.
   */
  public void eachPage(Listing listing, int pagesPerRead, Consumer<TeaserPage> each) {
    List<Long> ids = articles.listPublishedIds(listing);
    long total = ids.size();
    int pageCount = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    int perRead = PAGE_SIZE * Math.max(1, pagesPerRead);
    int number = 1;
    for (int start = 0; number <= pageCount; start += perRead) {
      // Leaves out any withdrawn since the ids were read: that run's last page is shorter.
      List<Teaser> run =
          teasers(
              articles.listPublishedByIds(
                  ids.subList(Math.min(start, ids.size()), Math.min(start + perRead, ids.size()))));
      for (int from = 0; number <= pageCount && (from < run.size() || number == 1); ) {
        int to = Math.min(run.size(), from + PAGE_SIZE);
        each.accept(new TeaserPage(List.copyOf(run.subList(from, to)), number, pageCount, total));
        number++;
        from = to;
      }
      if (start + perRead >= ids.size()) {
        break;
      }
    }
  }

  /** The newest published articles matching the listing, at most {@code limit}. */
  public List<Teaser> latest(Listing listing, int limit) {
    return teasers(articles.listPublished(listing, 0, limit));
  }

  /** Teasers of these articles in this order, leaving out any not published. */
  public List<Teaser> teasersOf(List<Long> ids) {
    return teasers(articles.listPublishedByIds(ids));
  }

  /**
   * The newest published articles matching the listing, at most {@code limit}, whole and with
   * everything their pages show (for feeds). A fixed number of queries whatever the limit.
   */
  public List<ArticleView> latestInFull(Listing listing, int limit) {
    return views.of(articles.listPublishedInFull(listing, limit));
  }

  /**
   * Published articles matching the listing and the language (any when null), whole, in publication
   * order (newest first unless {@code oldestFirst}), strictly after the position ({@code afterAt},
   * {@code afterId}) of the last article of the previous page, or from the start when {@code
   * afterAt} is null; at most {@code limit}. A fixed number of queries per page; pages stay stable
   * while articles are published (keyset paging), for the Content API.
   */
  public List<ArticleView> pageAfter(
      Listing listing,
      String language,
      boolean oldestFirst,
      Instant afterAt,
      long afterId,
      int limit) {
    return views.of(
        articles.listPublishedAfter(listing, language, oldestFirst, afterAt, afterId, limit));
  }

  /** How many published articles match the listing. */
  public long count(Listing listing) {
    return articles.countPublished(listing);
  }

  /**
   * Addresses of published articles matching the listing, oldest first (so that page {@code n} of a
   * sitemap keeps the same articles as new ones appear), from {@code offset}, at most {@code
   * limit}.
   */
  public List<ArticleLocation> locations(Listing listing, int offset, int limit) {
    Map<String, Map<Long, Section>> sectionsByLanguage = new java.util.HashMap<>();
    return articles.listPublishedLocations(listing, offset, limit).stream()
        .map(
            row ->
                new ArticleLocation(
                    ArticlePaths.path(
                        editions.forLanguage(row.language()),
                        sectionsByLanguage
                            .computeIfAbsent(row.language(), views::sectionsById)
                            .get(row.sectionId()),
                        row.slug()),
                    row.title(),
                    row.language(),
                    row.publishedAt(),
                    row.updatedAt(),
                    row.republished()))
        .toList();
  }

  /**
   * For pages of {@code pageSize} published articles as {@link #locations} pages them, the latest
   * change on each page, in page order; empty when nothing is published. One query.
   */
  public List<Instant> lastChangePerPage(int pageSize) {
    return articles.listLastChangePerPage(pageSize);
  }

  /** Authors with at least one published article, in no particular order. */
  public List<Author> authorsWithArticles() {
    return authors.listByIds(articles.listAuthorIdsWithPublished());
  }

  /** Tags on at least one published article, in no particular order. */
  public List<Tag> tagsWithArticles() {
    return tags.listByIds(articles.listTagIdsWithPublished());
  }

  /** Tags on at least one published article, as a language edition names them. */
  public List<Tag> tagsWithArticles(String language) {
    return tags.listByIds(articles.listTagIdsWithPublished(), language);
  }

  /** Counts of published articles per half-open period between consecutive boundaries. */
  public List<Long> countPerPeriod(List<Instant> boundaries) {
    return articles.countPublishedPerPeriod(boundaries);
  }

  /** Counts of published articles of a listing per half-open period between boundaries. */
  public List<Long> countPerPeriod(List<Instant> boundaries, Listing listing) {
    return articles.countPublishedPerPeriod(boundaries, listing);
  }

  /** When the first and the last articles of a listing appeared, or empty when none has. */
  public Optional<PublishedSpan> publishedSpan(Listing listing) {
    return articles.publishedSpan(listing);
  }

  /** Published articles of a listing per ISO country code, for the countries that have any. */
  public Map<String, Long> countPerCountry(Listing listing) {
    return articles.countPublishedPerCountry(listing);
  }

  /** When the first and the last published articles appeared, or empty when none has. */
  public Optional<PublishedSpan> publishedSpan() {
    return articles.publishedSpan();
  }

  /** How many articles the store holds in any status (drafts included). */
  public long countAllStatuses() {
    return articles.count();
  }

  /** How many articles are in each status, every status present (zero when none). */
  public Map<ArticleStatus, Long> countByStatus() {
    Map<ArticleStatus, Long> counts = new java.util.EnumMap<>(ArticleStatus.class);
    for (ArticleStatus status : ArticleStatus.values()) {
      counts.put(status, 0L);
    }
    counts.putAll(articles.countByStatus());
    return counts;
  }

  /** Published articles per ISO country code, for the countries that have any. */
  public Map<String, Long> countPerCountry() {
    return articles.countPublishedPerCountry();
  }

  private List<Teaser> teasers(List<ListedArticle> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<String, Map<Long, Section>> sectionsByLanguage = new java.util.HashMap<>();
    Set<Long> authorIds = new HashSet<>();
    rows.forEach(row -> authorIds.addAll(row.authorIds()));
    Map<Long, Author> authorsById =
        authors.listByIds(authorIds).stream()
            .collect(Collectors.toMap(Author::id, Function.identity()));
    return rows.stream()
        .map(
            row -> {
              Section section =
                  sectionsByLanguage
                      .computeIfAbsent(row.language(), views::sectionsById)
                      .get(row.sectionId());
              return new Teaser(
                  row.id(),
                  row.title(),
                  row.teaser(),
                  row.publishedAt(),
                  section,
                  row.authorIds().stream().map(authorsById::get).toList(),
                  countries.listByCodes(row.countryCodes()),
                  ArticlePaths.path(editions.forLanguage(row.language()), section, row.slug()));
            })
        .toList();
  }
}
