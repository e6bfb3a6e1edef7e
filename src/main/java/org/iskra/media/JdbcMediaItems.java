package org.iskra.media;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcMediaItems implements MediaItems {

  private static final String COLUMNS =
      "id, key, original_name, content_type, width, height, byte_size, variant_widths, alt_text,"
          + " caption, credit, uploaded_by, created_at";

  private final JdbcClient jdbc;

  JdbcMediaItems(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Media insert(NewMedia media) {
    return jdbc.sql(
            """
            INSERT INTO media (key, original_name, content_type, width, height, byte_size,
                               variant_widths, alt_text, search_text, uploaded_by, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            RETURNING\s"""
                + COLUMNS)
        .params(
            media.key(),
            media.originalName(),
            media.contentType(),
            media.width(),
            media.height(),
            media.byteSize(),
            media.variantWidths().stream().map(String::valueOf).collect(Collectors.joining(",")),
            media.altText(),
            media.searchText(),
            media.uploadedBy(),
            media.createdAt().toEpochMilli())
        .query(this::media)
        .single();
  }

  @Override
  public Optional<Media> findByKey(String key) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM media WHERE key = ?")
        .param(key)
        .query(this::media)
        .optional();
  }

  @Override
  public List<Media> listByKeys(Collection<String> keys) {
    if (keys.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("SELECT " + COLUMNS + " FROM media WHERE key IN (:keys)")
        .param("keys", List.copyOf(keys))
        .query(this::media)
        .list();
  }

  @Override
  public List<Media> search(List<String> terms, int offset, int limit) {
    List<Object> params = new ArrayList<>(likePatterns(terms));
    params.add(limit);
    params.add(offset);
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM media"
                + where(terms)
                + " ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?")
        .params(params)
        .query(this::media)
        .list();
  }

  @Override
  public long count(List<String> terms) {
    return jdbc.sql("SELECT COUNT(*) FROM media" + where(terms))
        .params(likePatterns(terms))
        .query(Long.class)
        .single();
  }

  @Override
  public Optional<Media> describe(
      String key, String altText, String caption, String credit, String searchText) {
    return jdbc.sql(
            "UPDATE media SET alt_text = ?, caption = ?, credit = ?, search_text = ? WHERE key = ?"
                + " RETURNING "
                + COLUMNS)
        .params(altText, caption, credit, searchText, key)
        .query(this::media)
        .optional();
  }

  @Override
  public boolean delete(String key) {
    return jdbc.sql("DELETE FROM media WHERE key = ?").param(key).update() > 0;
  }

  private static String where(List<String> terms) {
    // SQLite's LIKE has no escape character unless one is named; PostgreSQL's default is '\'.
    return terms.isEmpty()
        ? ""
        : " WHERE "
            + String.join(
                " AND ", Collections.nCopies(terms.size(), "search_text LIKE ? ESCAPE '\\'"));
  }

  private static List<Object> likePatterns(List<String> terms) {
    return terms.stream()
        .map(
            term ->
                (Object)
                    ("%"
                        + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                        + "%"))
        .toList();
  }

  private Media media(ResultSet rs, int row) throws SQLException {
    return new Media(
        rs.getLong("id"),
        rs.getString("key"),
        rs.getString("original_name"),
        rs.getString("content_type"),
        rs.getInt("width"),
        rs.getInt("height"),
        rs.getLong("byte_size"),
        Arrays.stream(rs.getString("variant_widths").split(","))
            .map(String::strip)
            .map(Integer::valueOf)
            .toList(),
        rs.getString("alt_text"),
        rs.getString("caption"),
        rs.getString("credit"),
        rs.getString("uploaded_by"),
        Instant.ofEpochMilli(rs.getLong("created_at")));
  }
}
