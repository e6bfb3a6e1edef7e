package org.iskra.article;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcArticleRevisions implements ArticleRevisions {

  private static final String COLUMNS =
      """
      article_id, version, kind, saved_at, saved_by, status, language, slug, title, standfirst,
      body, section_id, featured_image, published_at, author_ids, tag_ids, country_codes,
      canonical_url, attribution""";

  private final JdbcClient jdbc;

  JdbcArticleRevisions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void append(Article a, RevisionKind kind, String savedBy, Instant savedAt) {
    jdbc.sql(
            "INSERT INTO article_revisions ("
                + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            a.id(),
            a.version(),
            kind.code(),
            savedAt.toEpochMilli(),
            savedBy,
            a.status().code(),
            a.language(),
            a.slug(),
            a.title(),
            a.standfirst(),
            a.body(),
            a.sectionId(),
            a.featuredImage(),
            a.publishedAt() == null ? null : a.publishedAt().toEpochMilli(),
            join(a.authorIds()),
            join(a.tagIds()),
            String.join(",", a.countryCodes()),
            a.canonicalUrl(),
            a.attribution())
        .update();
  }

  @Override
  public void dropAutosave(long articleId, int version, String savedBy) {
    jdbc.sql(
            """
            DELETE FROM article_revisions
            WHERE article_id = ? AND version = ? AND kind = 'autosaved' AND saved_by = ?""")
        .params(articleId, version, savedBy)
        .update();
  }

  @Override
  public List<ArticleRevision> list(long articleId) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM article_revisions WHERE article_id = ? ORDER BY version DESC")
        .param(articleId)
        .query(this::revision)
        .list();
  }

  @Override
  public Optional<ArticleRevision> find(long articleId, int version) {
    return jdbc.sql(
            "SELECT " + COLUMNS + " FROM article_revisions WHERE article_id = ? AND version = ?")
        .params(articleId, version)
        .query(this::revision)
        .optional();
  }

  private ArticleRevision revision(ResultSet rs, int row) throws SQLException {
    long published = rs.getLong("published_at");
    Instant publishedAt = rs.wasNull() ? null : Instant.ofEpochMilli(published);
    return new ArticleRevision(
        rs.getLong("article_id"),
        rs.getInt("version"),
        RevisionKind.fromCode(rs.getString("kind")),
        Instant.ofEpochMilli(rs.getLong("saved_at")),
        rs.getString("saved_by"),
        ArticleStatus.fromCode(rs.getString("status")),
        rs.getString("slug"),
        publishedAt,
        new Manuscript(
            rs.getString("language"),
            rs.getString("title"),
            rs.getString("slug"),
            rs.getString("standfirst"),
            rs.getString("body"),
            rs.getLong("section_id"),
            split(rs.getString("author_ids")).stream().map(Long::valueOf).toList(),
            split(rs.getString("tag_ids")).stream().map(Long::valueOf).toList(),
            split(rs.getString("country_codes")),
            rs.getString("featured_image"),
            rs.getString("canonical_url"),
            rs.getString("attribution")));
  }

  private static String join(List<Long> ids) {
    return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
  }

  private static List<String> split(String joined) {
    return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
  }
}
