package org.iskra.syndication;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcFeedSubscriptions implements FeedSubscriptions {

  private static final String COLUMNS =
      """
      id, url, partner, section_id, status, etag, last_modified, next_poll_at, failures,
      last_error, last_polled_at, last_success_at, created_by, created_at""";

  private final JdbcClient jdbc;

  JdbcFeedSubscriptions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public FeedSubscription insert(
      String url, String partner, long sectionId, String createdBy, Instant now) {
    long id =
        jdbc.sql(
                """
                INSERT INTO feed_subscriptions (url, partner, section_id, status, next_poll_at,
                                                created_by, created_at)
                VALUES (?, ?, ?, 'active', ?, ?, ?)
                RETURNING id""")
            .params(url, partner, sectionId, now.toEpochMilli(), createdBy, now.toEpochMilli())
            .query(Long.class)
            .single();
    return findById(id).orElseThrow();
  }

  @Override
  public Optional<FeedSubscription> findById(long id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM feed_subscriptions WHERE id = ?")
        .param(id)
        .query(this::subscription)
        .optional();
  }

  @Override
  public Optional<FeedSubscription> findByUrl(String url) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM feed_subscriptions WHERE url = ?")
        .param(url)
        .query(this::subscription)
        .optional();
  }

  @Override
  public List<FeedSubscription> listAll() {
    return jdbc.sql("SELECT " + COLUMNS + " FROM feed_subscriptions ORDER BY LOWER(partner), id")
        .query(this::subscription)
        .list();
  }

  @Override
  public void updateStatus(long id, FeedSubscription.Status status, Instant nextPollAt) {
    jdbc.sql("UPDATE feed_subscriptions SET status = ?, next_poll_at = ? WHERE id = ?")
        .params(status.code(), nextPollAt.toEpochMilli(), id)
        .update();
  }

  @Override
  public boolean delete(long id) {
    return jdbc.sql("DELETE FROM feed_subscriptions WHERE id = ?").param(id).update() > 0;
  }

  @Override
  public List<Long> listDueIds(Instant now, int limit) {
    return jdbc.sql(
            """
            SELECT id FROM feed_subscriptions
            WHERE status = 'active' AND next_poll_at <= :now
              AND (claimed_until IS NULL OR claimed_until < :now)
            ORDER BY next_poll_at, id LIMIT :limit""")
        .param("now", now.toEpochMilli())
        .param("limit", limit)
        .query(Long.class)
        .list();
  }

  @Override
  public Optional<FeedSubscription> claim(long id, Instant now, Instant until, boolean dueOnly) {
    // The compare-and-set: of two servers (or the desk and the poller), one updates the row.
    int claimed =
        jdbc.sql(
                """
                UPDATE feed_subscriptions SET claimed_until = :until
                WHERE id = :id AND (claimed_until IS NULL OR claimed_until < :now)
                """
                    + (dueOnly ? " AND status = 'active' AND next_poll_at <= :now" : ""))
            .param("until", until.toEpochMilli())
            .param("id", id)
            .param("now", now.toEpochMilli())
            .update();
    return claimed == 1 ? findById(id) : Optional.empty();
  }

  @Override
  public void recordSuccess(
      long id, String etag, String lastModified, Instant polledAt, Instant nextPollAt) {
    jdbc.sql(
            """
            UPDATE feed_subscriptions SET etag = ?, last_modified = ?, failures = 0, last_error = '',
                   last_polled_at = ?, last_success_at = ?, next_poll_at = ?, claimed_until = NULL
            WHERE id = ?""")
        .params(
            etag,
            lastModified,
            polledAt.toEpochMilli(),
            polledAt.toEpochMilli(),
            nextPollAt.toEpochMilli(),
            id)
        .update();
  }

  @Override
  public void recordFailure(
      long id, int failures, String error, Instant polledAt, Instant nextPollAt) {
    jdbc.sql(
            """
            UPDATE feed_subscriptions SET failures = ?, last_error = ?, last_polled_at = ?,
                   next_poll_at = ?, claimed_until = NULL
            WHERE id = ?""")
        .params(failures, error, polledAt.toEpochMilli(), nextPollAt.toEpochMilli(), id)
        .update();
  }

  private FeedSubscription subscription(ResultSet rs, int row) throws SQLException {
    return new FeedSubscription(
        rs.getLong("id"),
        rs.getString("url"),
        rs.getString("partner"),
        rs.getLong("section_id"),
        FeedSubscription.Status.fromCode(rs.getString("status")),
        rs.getString("etag"),
        rs.getString("last_modified"),
        instant(rs, "next_poll_at"),
        rs.getInt("failures"),
        rs.getString("last_error"),
        instant(rs, "last_polled_at"),
        instant(rs, "last_success_at"),
        rs.getString("created_by"),
        instant(rs, "created_at"));
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    long millis = rs.getLong(column);
    return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
  }
}
