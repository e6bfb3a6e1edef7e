package org.iskra.article;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcArticles implements Articles {

  /**
   * Teasers derived from bodies, by article and version: every change to a body bumps the version,
   * and ids are never reused, so a listed row that finds its teaser here needs neither the body's
   * parse nor even its text read from the row. Per store, so per database. Teasers are short: 16
   * million characters, some 50,000 teasers, 32 MB at most.
   */
  private final Cache<ArticleVersion, String> derivedTeasers =
      Caffeine.newBuilder()
          .maximumWeight(16_000_000)
          .weigher((ArticleVersion key, String teaser) -> 8 + teaser.length())
          .build();

  /**
   * Every article's version, for the search index's catch-up (at start-up and every minute): read
   * from an index (V15), not from the table with its bodies.
   */
  static final String VERSIONS = "SELECT id, version FROM articles";

  private static final String ARTICLE_COLUMNS =
      """
      id, uid, language, slug, title, standfirst, body, status, section_id, translation_group,
      featured_image, published_at, created_at, updated_at, version, created_by, trashed_at,
      canonical_url, attribution""";

  private final JdbcClient jdbc;

  JdbcArticles(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Article insert(
      Manuscript m,
      String slug,
      ArticleStatus status,
      Instant publishedAt,
      Instant now,
      Long createdBy) {
    String uid = UUID.randomUUID().toString();
    long id =
        jdbc.sql(
                """
                INSERT INTO articles (uid, language, slug, title, standfirst, body, status, section_id,
                                      translation_group, featured_image, published_at, created_at, updated_at,
                                      created_by, canonical_url, attribution)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                RETURNING id""")
            .params(
                uid,
                m.language(),
                slug,
                m.title(),
                m.standfirst(),
                m.body(),
                status.code(),
                m.sectionId(),
                uid,
                m.featuredImage(),
                millis(publishedAt),
                now.toEpochMilli(),
                now.toEpochMilli(),
                createdBy,
                m.canonicalUrl(),
                m.attribution())
            .query(Long.class)
            .single();
    insertLinks(id, m);
    return findById(id).orElseThrow();
  }

  @Override
  public Optional<Article> update(
      long id,
      int expectedVersion,
      Manuscript m,
      String slug,
      ArticleStatus status,
      Instant publishedAt,
      Instant now) {
    Optional<Article> found = findById(id);
    if (found.isEmpty() || found.get().version() != expectedVersion) {
      return Optional.empty();
    }
    Article before = found.get();
    // The version check in the WHERE clause is what guards against a concurrent save; the read
    // above only spares the slug bookkeeping when the version is already stale.
    int changed =
        jdbc.sql(
                """
                UPDATE articles SET language = ?, slug = ?, title = ?, standfirst = ?, body = ?, status = ?,
                       section_id = ?, featured_image = ?, published_at = ?, updated_at = ?,
                       canonical_url = ?, attribution = ?, version = version + 1
                WHERE id = ? AND version = ?""")
            .params(
                m.language(),
                slug,
                m.title(),
                m.standfirst(),
                m.body(),
                status.code(),
                m.sectionId(),
                m.featuredImage(),
                millis(publishedAt),
                now.toEpochMilli(),
                m.canonicalUrl(),
                m.attribution(),
                id,
                expectedVersion)
            .update();
    if (changed == 0) {
      return Optional.empty();
    }
    if (!before.slug().equals(slug) || !before.language().equals(m.language())) {
      jdbc.sql(
              """
              INSERT INTO article_slugs (language, slug, article_id) VALUES (?, ?, ?)
              ON CONFLICT (language, slug) DO NOTHING""")
          .params(before.language(), before.slug(), id)
          .update();
      // Taking back a former slug makes it current again rather than a redirect to itself.
      jdbc.sql("DELETE FROM article_slugs WHERE language = ? AND slug = ? AND article_id = ?")
          .params(m.language(), slug, id)
          .update();
    }
    for (String table : List.of("article_authors", "article_tags", "article_countries")) {
      jdbc.sql("DELETE FROM " + table + " WHERE article_id = ?").param(id).update();
    }
    insertLinks(id, m);
    return findById(id);
  }

  @Override
  public Optional<Article> changeState(
      long id,
      int expectedVersion,
      ArticleStatus status,
      Instant publishedAt,
      Instant trashedAt,
      Instant now) {
    int changed =
        jdbc.sql(
                """
                UPDATE articles SET status = ?, published_at = ?, trashed_at = ?, updated_at = ?,
                       version = version + 1
                WHERE id = ? AND version = ?""")
            .params(
                status.code(),
                millis(publishedAt),
                millis(trashedAt),
                now.toEpochMilli(),
                id,
                expectedVersion)
            .update();
    return changed == 0 ? Optional.empty() : findById(id);
  }

  @Override
  public List<Article> listAfter(long afterId, int limit) {
    List<Article> bare =
        jdbc.sql("SELECT " + ARTICLE_COLUMNS + " FROM articles WHERE id > ? ORDER BY id LIMIT ?")
            .params(afterId, limit)
            .query(this::article)
            .list();
    if (bare.isEmpty()) {
      return bare;
    }
    return withLinks(bare);
  }

  @Override
  public Map<Long, Integer> versions() {
    Map<Long, Integer> versions = new HashMap<>();
    jdbc.sql(VERSIONS)
        .query(
            rs -> {
              versions.put(rs.getLong(1), rs.getInt(2));
            });
    return versions;
  }

  @Override
  public boolean delete(long id) {
    return jdbc.sql("DELETE FROM articles WHERE id = ?").param(id).update() > 0;
  }

  @Override
  public List<DueArticle> listDue(Instant now, int limit) {
    return jdbc.sql(
            """
            SELECT id, version FROM articles
            WHERE status = 'scheduled' AND published_at <= ? AND trashed_at IS NULL
            ORDER BY published_at, id LIMIT ?""")
        .params(now.toEpochMilli(), limit)
        .query((rs, n) -> new DueArticle(rs.getLong(1), rs.getInt(2)))
        .list();
  }

  private void insertLinks(long id, Manuscript m) {
    for (int i = 0; i < m.authorIds().size(); i++) {
      jdbc.sql("INSERT INTO article_authors (article_id, author_id, position) VALUES (?, ?, ?)")
          .params(id, m.authorIds().get(i), i)
          .update();
    }
    for (int i = 0; i < m.tagIds().size(); i++) {
      jdbc.sql("INSERT INTO article_tags (article_id, tag_id, position) VALUES (?, ?, ?)")
          .params(id, m.tagIds().get(i), i)
          .update();
    }
    for (int i = 0; i < m.countryCodes().size(); i++) {
      jdbc.sql(
              "INSERT INTO article_countries (article_id, country_code, position) VALUES (?, ?, ?)")
          .params(id, m.countryCodes().get(i), i)
          .update();
    }
  }

  @Override
  public Optional<Article> findById(long id) {
    return jdbc.sql("SELECT " + ARTICLE_COLUMNS + " FROM articles WHERE id = ?")
        .param(id)
        .query(this::article)
        .optional()
        .map(this::withLinks);
  }

  @Override
  public Optional<Article> findBySlug(String language, String slug) {
    return jdbc.sql("SELECT " + ARTICLE_COLUMNS + " FROM articles WHERE language = ? AND slug = ?")
        .params(language, slug)
        .query(this::article)
        .optional()
        .map(this::withLinks);
  }

  @Override
  public List<Article> listBySlug(String slug) {
    return jdbc
        .sql("SELECT " + ARTICLE_COLUMNS + " FROM articles WHERE slug = ? ORDER BY language")
        .param(slug)
        .query(this::article)
        .list()
        .stream()
        .map(this::withLinks)
        .toList();
  }

  @Override
  public List<Article> listShowingMedia(String key, int limit) {
    // A body is searched for the image's folder; "!" escapes LIKE's wildcards ("_" is in keys).
    // It reads every body: for the desk's page before a deletion, never for a reader's page.
    String folder =
        "%/media/" + key.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "/%";
    return jdbc.sql(
            "SELECT "
                + ARTICLE_COLUMNS
                + """
                 FROM articles
                WHERE trashed_at IS NULL AND (featured_image = ? OR body LIKE ? ESCAPE '!')
                ORDER BY updated_at DESC, id DESC
                LIMIT ?""")
        .params(key, folder, limit)
        .query(this::article)
        .list();
  }

  @Override
  public Optional<Long> findIdByFormerSlug(String language, String slug) {
    return jdbc.sql("SELECT article_id FROM article_slugs WHERE language = ? AND slug = ?")
        .params(language, slug)
        .query(Long.class)
        .optional();
  }

  @Override
  public boolean isSlugTaken(String language, String slug, long exceptId) {
    return jdbc.sql(
                """
            SELECT COUNT(*) FROM (
              SELECT id FROM articles WHERE language = :language AND slug = :slug AND id <> :id
              UNION ALL
              SELECT article_id FROM article_slugs
              WHERE language = :language AND slug = :slug AND article_id <> :id) taken""")
            .param("language", language)
            .param("slug", slug)
            .param("id", exceptId)
            .query(Long.class)
            .single()
        > 0;
  }

  @Override
  public List<ListedArticle> listPublished(Listing listing, int offset, int limit) {
    return listed(listing, "", Map.of("limit", limit, "offset", offset), " OFFSET :offset");
  }

  @Override
  public List<Long> listPublishedIds(Listing listing) {
    Filter filter = Filter.of(listing);
    return filter
        .bind(
            jdbc.sql(
                "SELECT a.id " + filter.fromWhere() + " ORDER BY a.published_at DESC, a.id DESC"))
        .query(Long.class)
        .list();
  }

  /** The listing's published articles newest first, narrowed by {@code where}, with bylines. */
  private List<ListedArticle> listed(
      Listing listing, String where, Map<String, Object> params, String offset) {
    Filter filter = Filter.of(listing);
    // The body is read only when there is no standfirst to make the teaser from.
    return withBylines(
        filter
            .bind(
                jdbc.sql(
                    LISTED_COLUMNS
                        + filter.fromWhere()
                        + where
                        + " ORDER BY a.published_at DESC, a.id DESC LIMIT :limit"
                        + offset))
            .params(params)
            .query(this::listed)
            .list());
  }

  @Override
  public List<ListedArticle> listPublishedByIds(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, ListedArticle> byId = new HashMap<>();
    withBylines(
            jdbc.sql(
                    LISTED_COLUMNS
                        + " FROM articles a WHERE a.status = 'published' AND a.id IN (:ids)")
                .param("ids", ids)
                .query(this::listed)
                .list())
        .forEach(row -> byId.put(row.id(), row));
    return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
  }

  private static final String LISTED_COLUMNS =
      """
      SELECT a.id, a.language, a.slug, a.title, a.standfirst,
             CASE WHEN a.standfirst = '' THEN a.body ELSE '' END AS body,
             a.section_id, a.published_at, a.version
      """;

  private ListedArticle listed(ResultSet rs, int row) throws SQLException {
    long id = rs.getLong("id");
    return new ListedArticle(
        id,
        rs.getString("language"),
        rs.getString("slug"),
        rs.getString("title"),
        listedTeaser(rs, id),
        rs.getLong("section_id"),
        instant(rs, "published_at"),
        new ArrayList<>(),
        new ArrayList<>());
  }

  /**
   * A listed row's teaser: its standfirst, or the one derived from its body, kept by version so
   * that the body's text is read only the first time.
   */
  private String listedTeaser(ResultSet rs, long id) throws SQLException {
    String standfirst = rs.getString("standfirst");
    if (standfirst != null && !standfirst.isBlank()) {
      return TeaserText.of(standfirst, "");
    }
    ArticleVersion key = new ArticleVersion(id, rs.getLong("version"));
    String teaser = derivedTeasers.getIfPresent(key);
    if (teaser == null) {
      teaser = TeaserText.of(standfirst, rs.getString("body"));
      derivedTeasers.put(key, teaser);
    }
    return teaser;
  }

  private record ArticleVersion(long articleId, long version) {}

  /** Adds bylines and countries to listed rows in two queries, whatever their number. */
  private List<ListedArticle> withBylines(List<ListedArticle> rows) {
    List<Long> ids = rows.stream().map(ListedArticle::id).toList();
    Map<Long, List<Long>> authors = ArticleLinks.authorIds(jdbc, ids);
    Map<Long, List<String>> countries = ArticleLinks.countryCodes(jdbc, ids);
    for (ListedArticle row : rows) {
      row.authorIds().addAll(authors.getOrDefault(row.id(), List.of()));
      row.countryCodes().addAll(countries.getOrDefault(row.id(), List.of()));
    }
    return rows;
  }

  @Override
  public long countPublished(Listing listing) {
    Filter filter = Filter.of(listing);
    return filter
        .bind(jdbc.sql("SELECT COUNT(*) " + filter.fromWhere()))
        .query(Long.class)
        .single();
  }

  @Override
  public List<Long> countPublishedPerPeriod(List<Instant> boundaries) {
    return countPublishedPerPeriod(boundaries, Listing.everything());
  }

  @Override
  public List<Long> countPublishedPerPeriod(List<Instant> boundaries, Listing listing) {
    if (boundaries.size() < 2) {
      return List.of();
    }
    Filter filter = Filter.of(listing);
    StringBuilder values = new StringBuilder();
    Map<String, Object> params = new HashMap<>(filter.params());
    for (int i = 0; i + 1 < boundaries.size(); i++) {
      values.append(i == 0 ? "" : ", ").append("(:n%d, :s%d, :e%d)".formatted(i, i, i));
      params.put("n" + i, i);
      params.put("s" + i, boundaries.get(i).toEpochMilli());
      params.put("e" + i, boundaries.get(i + 1).toEpochMilli());
    }
    return jdbc.sql(
            "WITH periods (n, starts, ends) AS (VALUES "
                + values
                + ") SELECT (SELECT COUNT(*) "
                + filter.fromWhere()
                + " AND a.published_at >= p.starts AND a.published_at < p.ends)"
                + " FROM periods p ORDER BY p.n")
        .params(params)
        .query(Long.class)
        .list();
  }

  @Override
  public Optional<PublishedSpan> publishedSpan() {
    return publishedSpan(Listing.everything());
  }

  @Override
  public Optional<PublishedSpan> publishedSpan(Listing listing) {
    Filter filter = Filter.of(listing);
    return filter
        .bind(jdbc.sql("SELECT MIN(a.published_at), MAX(a.published_at) " + filter.fromWhere()))
        .query(
            (rs, n) -> {
              Instant first = instant(rs, 1);
              return first == null ? null : new PublishedSpan(first, instant(rs, 2));
            })
        .optional();
  }

  @Override
  public Map<String, Long> countPublishedPerCountry() {
    return countPublishedPerCountry(Listing.everything());
  }

  @Override
  public Map<String, Long> countPublishedPerCountry(Listing listing) {
    Filter filter = Filter.of(listing);
    Map<String, Long> counts = new LinkedHashMap<>();
    filter
        .bind(
            jdbc.sql(
                "SELECT c.country_code, COUNT(*) "
                    + filter
                        .fromWhere()
                        .replaceFirst(
                            "^FROM articles a",
                            "FROM article_countries c JOIN articles a ON a.id = c.article_id")
                    + " GROUP BY c.country_code ORDER BY c.country_code"))
        .query(
            rs -> {
              counts.put(rs.getString(1), rs.getLong(2));
            });
    return counts;
  }

  @Override
  public Map<ArticleStatus, Long> countByStatus() {
    Map<ArticleStatus, Long> counts = new java.util.EnumMap<>(ArticleStatus.class);
    jdbc.sql("SELECT status, COUNT(*) FROM articles WHERE trashed_at IS NULL GROUP BY status")
        .query(
            rs -> {
              counts.put(ArticleStatus.fromCode(rs.getString(1)), rs.getLong(2));
            });
    return counts;
  }

  @Override
  public long count() {
    return jdbc.sql("SELECT COUNT(*) FROM articles").query(Long.class).single();
  }

  /** Adds the links of all rows in three queries, rather than three per row. */
  private List<Article> withLinks(List<Article> rows) {
    List<Long> ids = rows.stream().map(Article::id).toList();
    Map<Long, List<Long>> authors = ArticleLinks.authorIds(jdbc, ids);
    Map<Long, List<Long>> tags = ArticleLinks.tagIds(jdbc, ids);
    Map<Long, List<String>> countries = ArticleLinks.countryCodes(jdbc, ids);
    return rows.stream()
        .map(
            a ->
                withLinks(
                    a,
                    authors.getOrDefault(a.id(), List.of()),
                    tags.getOrDefault(a.id(), List.of()),
                    countries.getOrDefault(a.id(), List.of())))
        .toList();
  }

  private Article withLinks(Article a) {
    List<Long> authorIds =
        jdbc.sql("SELECT author_id FROM article_authors WHERE article_id = ? ORDER BY position")
            .param(a.id())
            .query(Long.class)
            .list();
    List<Long> tagIds =
        jdbc.sql("SELECT tag_id FROM article_tags WHERE article_id = ? ORDER BY position")
            .param(a.id())
            .query(Long.class)
            .list();
    List<String> countryCodes =
        jdbc.sql(
                "SELECT country_code FROM article_countries WHERE article_id = ? ORDER BY position")
            .param(a.id())
            .query(String.class)
            .list();
    return withLinks(a, authorIds, tagIds, countryCodes);
  }

  private static Article withLinks(
      Article a, List<Long> authors, List<Long> tags, List<String> countries) {
    return new Article(
        a.id(),
        a.uid(),
        a.language(),
        a.slug(),
        a.title(),
        a.standfirst(),
        a.body(),
        a.status(),
        a.sectionId(),
        a.translationGroup(),
        a.featuredImage(),
        a.publishedAt(),
        a.createdAt(),
        a.updatedAt(),
        a.version(),
        List.copyOf(authors),
        List.copyOf(tags),
        List.copyOf(countries),
        a.createdBy(),
        a.trashedAt(),
        a.canonicalUrl(),
        a.attribution());
  }

  private Article article(ResultSet rs, int row) throws SQLException {
    return new Article(
        rs.getLong("id"),
        rs.getString("uid"),
        rs.getString("language"),
        rs.getString("slug"),
        rs.getString("title"),
        rs.getString("standfirst"),
        rs.getString("body"),
        ArticleStatus.fromCode(rs.getString("status")),
        rs.getLong("section_id"),
        rs.getString("translation_group"),
        rs.getString("featured_image"),
        instant(rs, "published_at"),
        instant(rs, "created_at"),
        instant(rs, "updated_at"),
        rs.getInt("version"),
        List.of(),
        List.of(),
        List.of(),
        nullableLong(rs, "created_by"),
        instant(rs, "trashed_at"),
        rs.getString("canonical_url"),
        rs.getString("attribution"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    long millis = rs.getLong(column);
    return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    long millis = rs.getLong(column);
    return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
  }

  private static Long nullableLong(ResultSet rs, String column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : value;
  }

  private static Long millis(Instant instant) {
    return instant == null ? null : instant.toEpochMilli();
  }

  @Override
  public List<Article> listPublishedInFull(Listing listing, int limit) {
    Filter filter = Filter.of(listing);
    List<Article> rows =
        filter
            .bind(
                jdbc.sql(
                    "SELECT "
                        + prefixed(ARTICLE_COLUMNS)
                        + " "
                        + filter.fromWhere()
                        + " ORDER BY a.published_at DESC, a.id DESC LIMIT :limit"))
            .param("limit", limit)
            .query(this::article)
            .list();
    if (rows.isEmpty()) {
      return rows;
    }
    return withLinks(rows);
  }

  @Override
  public List<Article> listPublishedAfter(
      Listing listing,
      String language,
      boolean oldestFirst,
      Instant afterAt,
      long afterId,
      int limit) {
    Filter filter = Filter.of(listing);
    StringBuilder sql = new StringBuilder("SELECT ").append(prefixed(ARTICLE_COLUMNS)).append(' ');
    sql.append(filter.fromWhere());
    Map<String, Object> params = new HashMap<>(filter.params());
    if (language != null) {
      sql.append(" AND a.language = :language");
      params.put("language", language);
    }
    String after = oldestFirst ? ">" : "<";
    if (afterAt != null) {
      // Row comparison spelled out: both stores support (a, b) < (x, y), but this reads the same.
      sql.append(" AND (a.published_at ")
          .append(after)
          .append(" :afterAt OR (a.published_at = :afterAt AND a.id ")
          .append(after)
          .append(" :afterId))");
      params.put("afterAt", afterAt.toEpochMilli());
      params.put("afterId", afterId);
    }
    String direction = oldestFirst ? "ASC" : "DESC";
    sql.append(" ORDER BY a.published_at ")
        .append(direction)
        .append(", a.id ")
        .append(direction)
        .append(" LIMIT :limit");
    params.put("limit", limit);
    List<Article> rows = jdbc.sql(sql.toString()).params(params).query(this::article).list();
    return rows.isEmpty() ? rows : withLinks(rows);
  }

  @Override
  public List<LocatedArticle> listPublishedLocations(Listing listing, int offset, int limit) {
    Filter filter = Filter.of(listing);
    return filter
        .bind(
            jdbc.sql(
                "SELECT a.section_id, a.slug, a.title, a.language, a.published_at, a.updated_at,"
                    + " a.canonical_url "
                    + filter.fromWhere()
                    + " ORDER BY a.published_at, a.id LIMIT :limit OFFSET :offset"))
        .param("limit", limit)
        .param("offset", offset)
        .query(
            (rs, n) ->
                new LocatedArticle(
                    rs.getLong("section_id"),
                    rs.getString("slug"),
                    rs.getString("title"),
                    rs.getString("language"),
                    instant(rs, "published_at"),
                    instant(rs, "updated_at"),
                    rs.getString("canonical_url") != null))
        .list();
  }

  @Override
  public List<Instant> listLastChangePerPage(int pageSize) {
    // One pass over the listing index, numbering rows as the sitemap pages number them.
    return jdbc.sql(
            """
            SELECT page, MAX(changed) FROM (
              SELECT (ROW_NUMBER() OVER (ORDER BY a.published_at, a.id) - 1) / :size AS page,
                     CASE WHEN a.published_at > a.updated_at THEN a.published_at
                          ELSE a.updated_at END AS changed
              FROM articles a WHERE a.status = 'published') numbered
            GROUP BY page ORDER BY page""")
        .param("size", pageSize)
        .query((rs, n) -> instant(rs, 2))
        .list();
  }

  @Override
  public List<Article> listTranslations(Article article) {
    return jdbc.sql(
            "SELECT "
                + ARTICLE_COLUMNS
                + """
                 FROM articles
                WHERE translation_group = ? AND id <> ? AND status = 'published'
                ORDER BY language, id""")
        .params(article.translationGroup(), article.id())
        .query(this::article)
        .list();
  }

  @Override
  public Map<Long, List<Article>> listTranslations(List<Article> list) {
    if (list.isEmpty()) {
      return Map.of();
    }
    List<Article> members =
        jdbc.sql(
                "SELECT "
                    + ARTICLE_COLUMNS
                    + """
                     FROM articles
                    WHERE translation_group IN (:groups) AND status = 'published'
                    ORDER BY language, id""")
            .param("groups", list.stream().map(Article::translationGroup).distinct().toList())
            .query(this::article)
            .list();
    Map<String, List<Article>> byGroup =
        members.stream().collect(java.util.stream.Collectors.groupingBy(Article::translationGroup));
    Map<Long, List<Article>> others = new HashMap<>();
    for (Article article : list) {
      List<Article> group =
          byGroup.getOrDefault(article.translationGroup(), List.of()).stream()
              .filter(member -> member.id() != article.id())
              .toList();
      if (!group.isEmpty()) {
        others.put(article.id(), group);
      }
    }
    return others;
  }

  @Override
  public List<Long> listPublishedIds() {
    return jdbc.sql("SELECT id FROM articles WHERE status = 'published' ORDER BY id")
        .query(Long.class)
        .list();
  }

  @Override
  public List<Article> listPublishedInIdRange(long afterId, long lastId) {
    List<Article> rows =
        jdbc.sql(
                "SELECT "
                    + ARTICLE_COLUMNS
                    + " FROM articles WHERE status = 'published' AND id > ? AND id <= ? ORDER BY id")
            .params(afterId, lastId)
            .query(this::article)
            .list();
    return rows.isEmpty() ? rows : withLinks(rows);
  }

  @Override
  public List<Long> listAuthorIdsWithPublished() {
    return jdbc.sql(
            """
            SELECT DISTINCT byline.author_id FROM article_authors byline
            JOIN articles a ON a.id = byline.article_id AND a.status = 'published'
            ORDER BY byline.author_id""")
        .query(Long.class)
        .list();
  }

  @Override
  public List<Long> listTagIdsWithPublished() {
    return jdbc.sql(
            """
            SELECT DISTINCT tagged.tag_id FROM article_tags tagged
            JOIN articles a ON a.id = tagged.article_id AND a.status = 'published'
            ORDER BY tagged.tag_id""")
        .query(Long.class)
        .list();
  }

  private static String prefixed(String columns) {
    return java.util.Arrays.stream(columns.split(","))
        .map(column -> "a." + column.strip())
        .collect(java.util.stream.Collectors.joining(", "));
  }

  /** The FROM and WHERE of a listing, with its named parameters. */
  private record Filter(String fromWhere, Map<String, Object> params) {

    static Filter of(Listing listing) {
      StringBuilder sql = new StringBuilder("FROM articles a");
      Map<String, Object> params = new HashMap<>();
      // Joins rather than EXISTS, so that the planner can start from the small side (one tag's
      // articles).
      if (listing.authorId() != null) {
        sql.append(
            " JOIN article_authors byline ON byline.article_id = a.id AND byline.author_id = :author");
        params.put("author", listing.authorId());
      }
      if (listing.tagId() != null) {
        sql.append(
            " JOIN article_tags tagged ON tagged.article_id = a.id AND tagged.tag_id = :tag");
        params.put("tag", listing.tagId());
      }
      if (listing.countryCode() != null) {
        sql.append(
            " JOIN article_countries about ON about.article_id = a.id AND about.country_code = :country");
        params.put("country", listing.countryCode());
      }
      sql.append(" WHERE a.status = 'published'");
      if (listing.sectionId() != null) {
        sql.append(" AND a.section_id = :section");
        params.put("section", listing.sectionId());
      }
      if (listing.from() != null) {
        sql.append(" AND a.published_at >= :from");
        params.put("from", listing.from().toEpochMilli());
      }
      if (listing.until() != null) {
        sql.append(" AND a.published_at < :until");
        params.put("until", listing.until().toEpochMilli());
      }
      if (listing.languages() != null) {
        sql.append(" AND a.language IN (:languages)");
        params.put("languages", listing.languages());
      }
      if (listing.otherLanguages() != null) {
        sql.append(" AND a.language NOT IN (:otherLanguages)");
        params.put("otherLanguages", listing.otherLanguages());
      }
      return new Filter(sql.toString(), params);
    }

    JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
      return statement.params(params);
    }
  }
}
