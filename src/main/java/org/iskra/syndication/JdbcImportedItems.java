package org.iskra.syndication;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcImportedItems implements ImportedItems {

  private static final String MEDIA = "-media";

  private final JdbcClient jdbc;

  JdbcImportedItems(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<Imported> find(String kind, String sourceId) {
    return jdbc.sql(
            """
            SELECT source_kind, source_id, article_id, article_version, content_hash
            FROM imported_items WHERE source_kind = ? AND source_id = ?
            """)
        .params(kind, sourceId)
        .query(
            (rs, n) ->
                new Imported(
                    rs.getString(1), rs.getString(2), rs.getLong(3), rs.getInt(4), rs.getString(5)))
        .optional();
  }

  @Override
  public Optional<Imported> findByUrl(String kind, String sourceUrl) {
    if (sourceUrl.isEmpty()) {
      return Optional.empty();
    }
    return jdbc.sql(
            """
            SELECT source_kind, source_id, article_id, article_version, content_hash
            FROM imported_items WHERE source_kind = ? AND source_url = ?
            ORDER BY imported_at LIMIT 1
            """)
        .params(kind, sourceUrl)
        .query(
            (rs, n) ->
                new Imported(
                    rs.getString(1), rs.getString(2), rs.getLong(3), rs.getInt(4), rs.getString(5)))
        .optional();
  }

  @Override
  public void save(
      String kind,
      String sourceId,
      String sourceUrl,
      long articleId,
      int articleVersion,
      String contentHash,
      Instant now) {
    jdbc.sql(
            """
            INSERT INTO imported_items (source_kind, source_id, source_url, article_id,
                                        article_version, content_hash, imported_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (source_kind, source_id) DO UPDATE SET
              source_url = excluded.source_url, article_id = excluded.article_id,
              article_version = excluded.article_version, content_hash = excluded.content_hash,
              updated_at = excluded.updated_at
            """)
        .params(
            kind,
            sourceId,
            sourceUrl,
            articleId,
            articleVersion,
            contentHash,
            now.toEpochMilli(),
            now.toEpochMilli())
        .update();
  }

  @Override
  public void addLegacyPath(String path, long articleId) {
    jdbc.sql(
            "INSERT INTO legacy_urls (path, article_id) VALUES (?, ?) ON CONFLICT (path) DO NOTHING")
        .params(path, articleId)
        .update();
  }

  @Override
  public Optional<Long> findArticleByLegacyPath(String path) {
    return jdbc.sql("SELECT article_id FROM legacy_urls WHERE path = ?")
        .param(path)
        .query(Long.class)
        .optional();
  }

  @Override
  public void replaceAttachments(long articleId, List<ImportedPost.Attachment> attachments) {
    jdbc.sql("DELETE FROM imported_attachments WHERE article_id = ?").param(articleId).update();
    for (ImportedPost.Attachment attachment : attachments) {
      jdbc.sql(
              """
              INSERT INTO imported_attachments (article_id, url, local_path) VALUES (?, ?, ?)
              ON CONFLICT (article_id, url) DO NOTHING
              """)
          .params(articleId, attachment.url(), attachment.localPath())
          .update();
    }
  }

  // A file brought into the media library is a row of imported_items of its own kind
  // ("wxr-media"), identified by its path under the uploads folder; its article_id is the
  // article that first showed it, and content_hash holds the image's key (a file's identity in
  // the library, as the digest is an item's), so that no migration was needed for it.
  @Override
  public Optional<String> findMediaKey(String kind, String path) {
    return jdbc.sql(
            "SELECT content_hash FROM imported_items WHERE source_kind = ? AND source_id = ?")
        .params(kind + MEDIA, path)
        .query(String.class)
        .optional();
  }

  @Override
  public void saveMediaKey(
      String kind, String path, String url, long articleId, String mediaKey, Instant now) {
    save(kind + MEDIA, path, url, articleId, 0, mediaKey, now);
  }
}
