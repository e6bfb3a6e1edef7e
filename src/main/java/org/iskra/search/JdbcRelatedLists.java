package org.iskra.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@link RelatedLists} in the {@code related_articles} table: one row per article, its ids as one
 * comma-separated text, so that a page reads one row by key and a batch of pages one row each.
 */
@Repository
class JdbcRelatedLists implements RelatedLists {

  /**
   * Published articles from {@code :after} on whose list is missing or shorter than {@code
   * :length}, by id: asked at every catch-up (start-up and every minute), so it reads an index of
   * the articles' statuses (V16), not the table with its bodies. Apart from {@link #saveAll}'s
   * join, the one place this feature reads the articles table: whether an article exists and is
   * published decides whether it has a list at all (the rows are tied to their articles by the
   * foreign key already). A list's length is its commas plus one.
   */
  static final String PUBLISHED_SHORTER_THAN =
      """
      SELECT a.id FROM articles a
      LEFT JOIN related_articles r ON r.article_id = a.id
      WHERE a.status = 'published' AND a.id > :after
        AND (r.article_id IS NULL
             OR (:length > 0 AND (CASE WHEN r.related_ids = '' THEN 0
                  ELSE LENGTH(r.related_ids) - LENGTH(REPLACE(r.related_ids, ',', '')) + 1
                  END) < :length))
      ORDER BY a.id
      LIMIT :limit
      """;

  private static final Logger LOG = LoggerFactory.getLogger(JdbcRelatedLists.class);

  /** Ids per query, and rows per insert, well under both drivers' limits on bound parameters. */
  private static final int CHUNK = 1000;

  private static final int ROWS = 500;

  private final JdbcClient jdbc;

  JdbcRelatedLists(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void save(long articleId, List<Long> relatedIds, Instant computedAt) {
    saveAll(Map.of(articleId, relatedIds), computedAt);
  }

  @Override
  public void saveAll(Map<Long, List<Long>> lists, Instant computedAt) {
    List<Map.Entry<Long, List<Long>>> entries = new ArrayList<>(lists.entrySet());
    for (int from = 0; from < entries.size(); from += ROWS) {
      List<Map.Entry<Long, List<Long>>> chunk =
          entries.subList(from, Math.min(entries.size(), from + ROWS));
      try {
        insert(chunk, computedAt);
      } catch (DataAccessException e) {
        if (chunk.size() == 1) {
          throw e;
        }
        // An article deleted between the join and the key check: the statement wrote nothing,
        // so each row goes alone, and only the deleted article's fails again.
        for (Map.Entry<Long, List<Long>> entry : chunk) {
          try {
            insert(List.of(entry), computedAt);
          } catch (DataAccessException again) {
            LOG.debug("No related list kept for {}: {}", entry.getKey(), again.toString());
          }
        }
      }
    }
  }

  /**
   * One statement for up to {@link #ROWS} lists. The rows are joined to their articles, so that a
   * list found for an article deleted meanwhile is left out instead of breaking the foreign key.
   */
  private void insert(List<Map.Entry<Long, List<Long>>> chunk, Instant computedAt) {
    StringBuilder sql =
        new StringBuilder(
            "INSERT INTO related_articles (article_id, related_ids, computed_at)"
                + " SELECT v.column1, v.column2, v.column3 FROM (VALUES");
    List<Object> values = new ArrayList<>(chunk.size() * 3);
    for (Map.Entry<Long, List<Long>> entry : chunk) {
      sql.append(values.isEmpty() ? " (?, ?, ?)" : ", (?, ?, ?)");
      values.add(entry.getKey());
      values.add(joined(entry.getValue()));
      values.add(computedAt.toEpochMilli());
    }
    // WHERE is needed by SQLite's parser before ON CONFLICT after a SELECT.
    sql.append(
        """
        ) AS v JOIN articles a ON a.id = v.column1 WHERE TRUE
        ON CONFLICT (article_id) DO UPDATE
          SET related_ids = excluded.related_ids, computed_at = excluded.computed_at
        """);
    jdbc.sql(sql.toString()).params(values).update();
  }

  @Override
  public Optional<List<Long>> find(long articleId) {
    return jdbc.sql("SELECT related_ids FROM related_articles WHERE article_id = ?")
        .param(articleId)
        .query(String.class)
        .optional()
        .map(JdbcRelatedLists::parsed);
  }

  @Override
  public Map<Long, List<Long>> findAll(Collection<Long> articleIds) {
    Map<Long, List<Long>> lists = new HashMap<>();
    List<Long> ids = List.copyOf(articleIds);
    for (int from = 0; from < ids.size(); from += CHUNK) {
      jdbc.sql("SELECT article_id, related_ids FROM related_articles WHERE article_id IN (:ids)")
          .param("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
          .query(
              (rs, row) -> {
                lists.put(rs.getLong(1), parsed(rs.getString(2)));
                return null;
              })
          .list();
    }
    return lists;
  }

  @Override
  public List<Long> listPublishedShorterThan(int length, long afterId, int limit) {
    return jdbc.sql(PUBLISHED_SHORTER_THAN)
        .param("after", afterId)
        .param("length", length)
        .param("limit", limit)
        .query(Long.class)
        .list();
  }

  @Override
  public void remove(long articleId) {
    jdbc.sql("DELETE FROM related_articles WHERE article_id = ?").param(articleId).update();
  }

  private static String joined(List<Long> ids) {
    StringBuilder text = new StringBuilder(ids.size() * 7);
    for (Long id : ids) {
      if (!text.isEmpty()) {
        text.append(',');
      }
      text.append(id.longValue());
    }
    return text.toString();
  }

  private static List<Long> parsed(String text) {
    if (text.isEmpty()) {
      return List.of();
    }
    List<Long> ids = new ArrayList<>(RelatedLists.LENGTH);
    int start = 0;
    while (start <= text.length()) {
      int comma = text.indexOf(',', start);
      int end = comma < 0 ? text.length() : comma;
      ids.add(Long.parseLong(text, start, end, 10));
      start = end + 1;
    }
    return List.copyOf(ids);
  }
}
