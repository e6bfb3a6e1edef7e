package org.iskra.syndication;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcSubscriptionItems implements SubscriptionItems {

  private static final String COLUMNS =
      """
      i.id, i.subscription_id, i.guid, i.link, i.title, i.summary, i.content, i.author,
      i.published_at, i.state, i.article_id, i.arrived_at, i.decided_by, s.partner
      FROM subscription_items i LEFT JOIN feed_subscriptions s ON s.id = i.subscription_id""";

  private final JdbcClient jdbc;

  JdbcSubscriptionItems(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public boolean add(
      long subscriptionId,
      String guid,
      String link,
      String title,
      String summary,
      String content,
      String author,
      Instant publishedAt,
      Instant arrivedAt) {
    // No conflict target: either uniqueness (GUID in the feed, link anywhere) makes it a repeat.
    return jdbc.sql(
                """
                INSERT INTO subscription_items (subscription_id, guid, link, title, summary, content,
                                                author, published_at, state, arrived_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'new', ?)
                ON CONFLICT DO NOTHING""")
            .params(
                subscriptionId,
                guid,
                link,
                title,
                summary,
                content,
                author,
                publishedAt == null ? null : publishedAt.toEpochMilli(),
                arrivedAt.toEpochMilli())
            .update()
        == 1;
  }

  @Override
  public Optional<SubscriptionItem> findById(long id) {
    return jdbc.sql("SELECT " + COLUMNS + " WHERE i.id = ?").param(id).query(this::item).optional();
  }

  @Override
  public List<SubscriptionItem> listByState(
      SubscriptionItem.State state, Long subscriptionId, int limit) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + """
                 WHERE i.state = :state
                  AND (:subscription = 0 OR i.subscription_id = :subscription)
                ORDER BY COALESCE(i.published_at, i.arrived_at) DESC, i.id DESC LIMIT :limit""")
        .param("state", state.code())
        .param("subscription", subscriptionId == null ? 0L : subscriptionId)
        .param("limit", limit)
        .query(this::item)
        .list();
  }

  @Override
  public Map<Long, Long> countNewPerSubscription() {
    Map<Long, Long> counts = new HashMap<>();
    jdbc.sql(
            """
            SELECT subscription_id, COUNT(*) FROM subscription_items WHERE state = 'new'
            GROUP BY subscription_id""")
        .query(
            rs -> {
              counts.put(rs.getLong(1), rs.getLong(2));
            });
    return counts;
  }

  @Override
  public boolean markRepublished(long id, String by, Instant at) {
    return jdbc.sql(
                """
                UPDATE subscription_items SET state = 'republished', decided_by = ?, decided_at = ?
                WHERE id = ? AND state IN ('new', 'dismissed')""")
            .params(by, at.toEpochMilli(), id)
            .update()
        == 1;
  }

  @Override
  public void linkArticle(long id, long articleId) {
    jdbc.sql("UPDATE subscription_items SET article_id = ? WHERE id = ?")
        .params(articleId, id)
        .update();
  }

  @Override
  public int deleteWaiting(long subscriptionId) {
    return jdbc.sql("DELETE FROM subscription_items WHERE subscription_id = ? AND state = 'new'")
        .param(subscriptionId)
        .update();
  }

  @Override
  public boolean dismiss(long id, String by, Instant at) {
    return jdbc.sql(
                """
                UPDATE subscription_items SET state = 'dismissed', decided_by = ?, decided_at = ?
                WHERE id = ? AND state = 'new'""")
            .params(by, at.toEpochMilli(), id)
            .update()
        == 1;
  }

  private SubscriptionItem item(ResultSet rs, int row) throws SQLException {
    long article = rs.getLong("article_id");
    Long articleId = rs.wasNull() ? null : article;
    return new SubscriptionItem(
        rs.getLong("id"),
        rs.getLong("subscription_id"),
        rs.getString("guid"),
        rs.getString("link"),
        rs.getString("title"),
        rs.getString("summary"),
        rs.getString("content"),
        rs.getString("author"),
        JdbcFeedSubscriptions.instant(rs, "published_at"),
        SubscriptionItem.State.fromCode(rs.getString("state")),
        articleId,
        JdbcFeedSubscriptions.instant(rs, "arrived_at"),
        rs.getString("decided_by"),
        rs.getString("partner") == null ? "" : rs.getString("partner"));
  }
}
