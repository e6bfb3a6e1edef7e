package org.iskra.article;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcDeskArticles implements DeskArticles {

  // Every criterion is always bound and switched off by its neutral value, so the statement text
  // is fixed and the database can keep one plan.
  private static final String FROM_WHERE =
      """
      FROM articles a
      WHERE (:trash = 1 AND a.trashed_at IS NOT NULL OR :trash = 0 AND a.trashed_at IS NULL)
        AND (:status = '' OR a.status = :status)
        AND (:section = 0 OR a.section_id = :section)
        AND (:author = 0 OR EXISTS (SELECT 1 FROM article_authors x
                                    WHERE x.article_id = a.id AND x.author_id = :author))
        AND (:language = '' OR a.language = :language)
        AND (:pattern = '' OR LOWER(a.title) LIKE :pattern ESCAPE '!'
                           OR LOWER(a.standfirst) LIKE :pattern ESCAPE '!')
      """;

  private final JdbcClient jdbc;

  JdbcDeskArticles(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  private static final String ROW_COLUMNS =
      "SELECT a.id, a.title, a.status, a.trashed_at, a.language, a.section_id,"
          + " a.published_at, a.updated_at,"
          // Only the page's rows are checked, in the same statement: no query per row.
          + " CASE WHEN EXISTS (SELECT 1 FROM article_translations x"
          + " JOIN articles o ON o.id = x.original_id WHERE x.article_id = a.id AND "
          + JdbcTranslations.OUT_OF_DATE
          + ") THEN 1 ELSE 0 END AS out_of_date ";

  @Override
  public List<Row> listByIds(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, Row> byId = new java.util.HashMap<>();
    withAuthors(
            jdbc.sql(ROW_COLUMNS + "FROM articles a WHERE a.id IN (:ids)")
                .param("ids", ids)
                .query(JdbcDeskArticles::row)
                .list())
        .forEach(row -> byId.put(row.id(), row));
    return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
  }

  @Override
  public List<Row> list(DeskFilter filter, int offset, int limit) {
    return withAuthors(
        bind(
                jdbc.sql(
                    ROW_COLUMNS
                        + FROM_WHERE
                        + " ORDER BY a.updated_at DESC, a.id DESC LIMIT :limit OFFSET :offset"),
                filter)
            .param("limit", limit)
            .param("offset", offset)
            .query(JdbcDeskArticles::row)
            .list());
  }

  private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    rs.getLong("trashed_at");
    boolean trashed = !rs.wasNull();
    long published = rs.getLong("published_at");
    Instant publishedAt = rs.wasNull() ? null : Instant.ofEpochMilli(published);
    return new Row(
        rs.getLong("id"),
        rs.getString("title"),
        ArticleStatus.fromCode(rs.getString("status")),
        trashed,
        rs.getString("language"),
        rs.getLong("section_id"),
        publishedAt,
        Instant.ofEpochMilli(rs.getLong("updated_at")),
        new ArrayList<>(),
        rs.getInt("out_of_date") == 1);
  }

  /** Adds the bylines in one query, whatever the number of rows. */
  private List<Row> withAuthors(List<Row> rows) {
    Map<Long, List<Long>> authors =
        ArticleLinks.authorIds(jdbc, rows.stream().map(Row::id).toList());
    rows.forEach(row -> row.authorIds().addAll(authors.getOrDefault(row.id(), List.of())));
    return rows;
  }

  @Override
  public long count(DeskFilter filter) {
    return bind(jdbc.sql("SELECT COUNT(*) " + FROM_WHERE), filter).query(Long.class).single();
  }

  @Override
  public Map<String, Long> countPerState(DeskFilter filter) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (boolean trash : new boolean[] {false, true}) {
      DeskFilter any = filter.anyState();
      DeskFilter criteria =
          trash
              ? new DeskFilter(
                  DeskFilter.TRASHED, any.sectionId(), any.authorId(), any.language(), any.text())
              : any;
      bind(jdbc.sql("SELECT a.status, COUNT(*) " + FROM_WHERE + " GROUP BY a.status"), criteria)
          .query(
              rs -> {
                String key = trash ? DeskFilter.TRASHED : rs.getString(1);
                counts.merge(key, rs.getLong(2), Long::sum);
              });
    }
    return counts;
  }

  private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, DeskFilter f) {
    String text = f.text().toLowerCase(Locale.ROOT);
    String pattern =
        text.isEmpty()
            ? ""
            : "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    return spec.param("trash", f.isTrash() ? 1 : 0)
        .param("status", f.isTrash() ? "" : f.state())
        .param("section", f.sectionId())
        .param("author", f.authorId())
        .param("language", f.language())
        .param("pattern", pattern);
  }
}
