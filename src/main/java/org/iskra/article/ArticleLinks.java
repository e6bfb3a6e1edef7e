package org.iskra.article;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads the ordered links (bylines, tags, countries) of many articles in one query each, for the
 * stores that list articles: never one query per article.
 */
final class ArticleLinks {

  private ArticleLinks() {}

  /** Author ids per article id, in byline order; articles without any are left out. */
  static Map<Long, List<Long>> authorIds(JdbcClient jdbc, Collection<Long> articleIds) {
    return read(jdbc, "article_authors", "author_id", articleIds, Long.class);
  }

  static Map<Long, List<Long>> tagIds(JdbcClient jdbc, Collection<Long> articleIds) {
    return read(jdbc, "article_tags", "tag_id", articleIds, Long.class);
  }

  static Map<Long, List<String>> countryCodes(JdbcClient jdbc, Collection<Long> articleIds) {
    return read(jdbc, "article_countries", "country_code", articleIds, String.class);
  }

  private static <T> Map<Long, List<T>> read(
      JdbcClient jdbc, String table, String column, Collection<Long> articleIds, Class<T> type) {
    Map<Long, List<T>> links = new HashMap<>();
    if (articleIds.isEmpty()) {
      return links;
    }
    jdbc.sql(
            "SELECT article_id, "
                + column
                + " FROM "
                + table
                + " WHERE article_id IN (:ids) ORDER BY article_id, position")
        .param("ids", articleIds)
        .query(
            rs -> {
              links
                  .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                  .add(rs.getObject(2, type));
            });
    return links;
  }
}
