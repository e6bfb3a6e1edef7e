package org.iskra.article;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcTranslations implements Translations {

  /**
   * Whether the original {@code o} changed since the link {@code x} last caught up. An original in
   * the trash is nothing to follow.
   */
  static final String OUT_OF_DATE =
      "(o.trashed_at IS NULL AND (o.title <> x.source_title"
          + " OR o.standfirst <> x.source_standfirst OR o.body <> x.source_body))";

  private static final String MEMBER_COLUMNS =
      "a.id, a.language, a.title, a.status, a.published_at, a.updated_at,"
          + " COALESCE(x.original_id, 0) AS original_id,"
          + " CASE WHEN o.id IS NOT NULL AND "
          + OUT_OF_DATE
          + " THEN 1 ELSE 0 END AS out_of_date ";

  private static final String MEMBER_FROM =
      """
      FROM articles a
      LEFT JOIN article_translations x ON x.article_id = a.id
      LEFT JOIN articles o ON o.id = x.original_id
      """;

  /**
   * Published originals of another language whose group lacks the language {@code {language}}
   * stands for. Articles put in one group without a link (imports, the demo) are all originals; the
   * oldest stands for the group, so that a group is counted once.
   */
  private static final String MISSING =
      """
      a.status = 'published' AND a.trashed_at IS NULL AND a.language <> {language}
      AND NOT EXISTS (SELECT 1 FROM article_translations y WHERE y.article_id = a.id)
      AND NOT EXISTS (SELECT 1 FROM articles g
                      WHERE g.translation_group = a.translation_group
                        AND g.language = {language} AND g.trashed_at IS NULL)
      AND NOT EXISTS (SELECT 1 FROM articles p
                      WHERE p.translation_group = a.translation_group AND p.id < a.id
                        AND p.status = 'published' AND p.trashed_at IS NULL
                        AND NOT EXISTS (SELECT 1 FROM article_translations z
                                        WHERE z.article_id = p.id))
      """;

  /** Translations (into {@code {language}}) whose original changed since they caught up. */
  private static final String OUTDATED =
      "a.trashed_at IS NULL AND o.trashed_at IS NULL AND a.language = {language} AND "
          + OUT_OF_DATE;

  private static final String OUTDATED_FROM =
      """
      JOIN articles a ON a.id = x.article_id
      JOIN articles o ON o.id = x.original_id
      """;

  private final JdbcClient jdbc;

  JdbcTranslations(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void link(long translationId, Article original, Source source, Instant now, String by) {
    jdbc.sql("UPDATE articles SET translation_group = ? WHERE id = ?")
        .params(original.translationGroup(), translationId)
        .update();
    jdbc.sql(
            """
            INSERT INTO article_translations (article_id, original_id, source_version, source_title,
                                              source_standfirst, source_body, synced_at, synced_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            translationId,
            original.id(),
            source.version(),
            source.title(),
            source.standfirst(),
            source.body(),
            now.toEpochMilli(),
            by)
        .update();
  }

  @Override
  public boolean bringUpToDate(long translationId, Source source, Instant now, String by) {
    return jdbc.sql(
                """
                UPDATE article_translations SET source_version = ?, source_title = ?,
                       source_standfirst = ?, source_body = ?, synced_at = ?, synced_by = ?
                WHERE article_id = ?""")
            .params(
                source.version(),
                source.title(),
                source.standfirst(),
                source.body(),
                now.toEpochMilli(),
                by,
                translationId)
            .update()
        > 0;
  }

  @Override
  public Optional<Link> find(long translationId) {
    return jdbc.sql(
            "SELECT x.*, CASE WHEN "
                + OUT_OF_DATE
                + """
                 THEN 1 ELSE 0 END AS out_of_date
                FROM article_translations x JOIN articles o ON o.id = x.original_id
                WHERE x.article_id = ?""")
        .param(translationId)
        .query(
            (rs, n) ->
                new Link(
                    rs.getLong("article_id"),
                    rs.getLong("original_id"),
                    new Source(
                        rs.getInt("source_version"),
                        rs.getString("source_title"),
                        rs.getString("source_standfirst"),
                        rs.getString("source_body")),
                    Instant.ofEpochMilli(rs.getLong("synced_at")),
                    rs.getString("synced_by"),
                    rs.getInt("out_of_date") == 1))
        .optional();
  }

  @Override
  public List<Member> listGroup(String translationGroup) {
    return jdbc.sql(
            "SELECT "
                + MEMBER_COLUMNS
                + MEMBER_FROM
                + " WHERE a.translation_group = ? AND a.trashed_at IS NULL ORDER BY a.id")
        .param(translationGroup)
        .query(JdbcTranslations::member)
        .list();
  }

  @Override
  public Map<String, Counts> countPerLanguage(List<String> languages) {
    if (languages.isEmpty()) {
      return Map.of();
    }
    Map<String, long[]> counts = new LinkedHashMap<>();
    languages.forEach(language -> counts.put(language, new long[2]));
    // One statement for every language: the languages are a VALUES table (its column is called
    // column1 in both SQLite and PostgreSQL) standing in for the language of listMissing and
    // listOutOfDate.
    String values = "(VALUES " + String.join(", ", Collections.nCopies(languages.size(), "(?)"));
    String sql =
        "SELECT l.column1, 0, COUNT(*) FROM "
            + values
            + ") l JOIN articles a ON "
            + MISSING.replace("{language}", "l.column1")
            + " GROUP BY l.column1 UNION ALL SELECT l.column1, 1, COUNT(*) FROM "
            + values
            + ") l CROSS JOIN article_translations x "
            + OUTDATED_FROM
            + " WHERE "
            + OUTDATED.replace("{language}", "l.column1")
            + " GROUP BY l.column1";
    Object[] params = new Object[languages.size() * 2];
    for (int i = 0; i < languages.size(); i++) {
      params[i] = languages.get(i);
      params[languages.size() + i] = languages.get(i);
    }
    jdbc.sql(sql)
        .params(params)
        .query(
            rs -> {
              counts.get(rs.getString(1))[rs.getInt(2)] += rs.getLong(3);
            });
    Map<String, Counts> result = new LinkedHashMap<>();
    counts.forEach(
        (language, pair) -> {
          if (pair[0] > 0 || pair[1] > 0) {
            result.put(language, new Counts(pair[0], pair[1]));
          }
        });
    return result;
  }

  @Override
  public List<Member> listMissing(String language, int limit) {
    return jdbc.sql(
            "SELECT a.id, a.language, a.title, a.status, a.published_at, a.updated_at,"
                + " 0 AS original_id, 0 AS out_of_date FROM articles a WHERE "
                + MISSING.replace("{language}", ":language")
                + " ORDER BY a.published_at DESC, a.id DESC LIMIT :limit")
        .param("language", language)
        .param("limit", limit)
        .query(JdbcTranslations::member)
        .list();
  }

  @Override
  public List<Member> listOutOfDate(String language, int limit) {
    return jdbc.sql(
            "SELECT a.id, a.language, a.title, a.status, a.published_at, a.updated_at,"
                + " x.original_id, 1 AS out_of_date FROM article_translations x "
                + OUTDATED_FROM
                + " WHERE "
                + OUTDATED.replace("{language}", ":language")
                + " ORDER BY o.updated_at DESC, a.id DESC LIMIT :limit")
        .param("language", language)
        .param("limit", limit)
        .query(JdbcTranslations::member)
        .list();
  }

  private static Member member(ResultSet rs, int n) throws SQLException {
    long published = rs.getLong("published_at");
    Instant publishedAt = rs.wasNull() ? null : Instant.ofEpochMilli(published);
    return new Member(
        rs.getLong("id"),
        rs.getString("language"),
        rs.getString("title"),
        ArticleStatus.fromCode(rs.getString("status")),
        publishedAt,
        Instant.ofEpochMilli(rs.getLong("updated_at")),
        rs.getLong("original_id"),
        rs.getInt("out_of_date") == 1);
  }
}
