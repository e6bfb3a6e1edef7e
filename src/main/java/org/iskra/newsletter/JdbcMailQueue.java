package org.iskra.newsletter;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcMailQueue implements MailQueue {

  private static final String MESSAGE_COLUMNS =
      "id, kind, article_id, frequency, period_from, period_until, created_at";

  private final JdbcClient jdbc;

  JdbcMailQueue(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Message insertMessage(Kind kind, Long articleId, String createdBy, Instant now) {
    long id =
        jdbc.sql(
                """
                INSERT INTO newsletter_messages (kind, article_id, created_by, created_at)
                VALUES (?, ?, ?, ?) RETURNING id
                """)
            .params(kind.name().toLowerCase(), articleId, createdBy, now.toEpochMilli())
            .query(Long.class)
            .single();
    return findMessage(id).orElseThrow();
  }

  @Override
  public Optional<Message> insertDigest(
      String frequency, Instant from, Instant until, Instant now) {
    return jdbc.sql(
            """
            INSERT INTO newsletter_messages (kind, frequency, period_from, period_until, created_at)
            VALUES ('digest', ?, ?, ?, ?)
            ON CONFLICT (kind, frequency, period_until) DO NOTHING
            RETURNING id
            """)
        .params(frequency, from.toEpochMilli(), until.toEpochMilli(), now.toEpochMilli())
        .query(Long.class)
        .optional()
        .flatMap(this::findMessage);
  }

  @Override
  public Optional<Instant> lastDigestUntil(String frequency) {
    return jdbc.sql(
            """
            SELECT MAX(period_until) FROM newsletter_messages
            WHERE kind = 'digest' AND frequency = ?
            """)
        .param(frequency)
        .query((rs, n) -> rs.getObject(1) == null ? null : Instant.ofEpochMilli(rs.getLong(1)))
        .optional();
  }

  @Override
  public Optional<Message> findMessage(long id) {
    return jdbc.sql("SELECT " + MESSAGE_COLUMNS + " FROM newsletter_messages WHERE id = ?")
        .param(id)
        .query(JdbcMailQueue::message)
        .optional();
  }

  @Override
  public int enqueue(long messageId, Collection<Long> subscriberIds, Instant now) {
    int added = 0;
    for (Long subscriberId : subscriberIds) {
      // The unique (message, subscriber) pair: queuing twice sends once.
      added +=
          jdbc.sql(
                  """
                  INSERT INTO mail_queue (message_id, subscriber_id, status, next_attempt_at,
                                          created_at)
                  VALUES (?, ?, 'queued', ?, ?)
                  ON CONFLICT (message_id, subscriber_id) DO NOTHING
                  """)
              .params(messageId, subscriberId, now.toEpochMilli(), now.toEpochMilli())
              .update();
    }
    return added;
  }

  @Override
  public List<Long> listDue(Instant now, int limit) {
    return jdbc.sql(
            """
            SELECT id FROM mail_queue WHERE status = 'queued' AND next_attempt_at <= ?
            ORDER BY next_attempt_at, id LIMIT ?
            """)
        .params(now.toEpochMilli(), limit)
        .query(Long.class)
        .list();
  }

  @Override
  public boolean claim(long id, Instant now) {
    return jdbc.sql(
                """
                UPDATE mail_queue SET status = 'preparing', claimed_at = ?, attempts = attempts + 1
                WHERE id = ? AND status = 'queued'
                """)
            .params(now.toEpochMilli(), id)
            .update()
        == 1;
  }

  @Override
  public boolean handOver(long id, int attempts, Instant now) {
    return jdbc.sql(
                """
                UPDATE mail_queue SET status = 'sending', claimed_at = ?
                WHERE id = ? AND status = 'preparing' AND attempts = ?
                """)
            .params(now.toEpochMilli(), id, attempts)
            .update()
        == 1;
  }

  @Override
  public Optional<Row> find(long id) {
    return jdbc.sql(
            "SELECT id, message_id, subscriber_id, status, attempts FROM mail_queue WHERE id = ?")
        .param(id)
        .query(
            (rs, n) ->
                new Row(
                    rs.getLong("id"),
                    rs.getLong("message_id"),
                    rs.getLong("subscriber_id"),
                    rs.getString("status"),
                    rs.getInt("attempts")))
        .optional();
  }

  @Override
  public void markSent(long id, Instant now) {
    jdbc.sql(
            "UPDATE mail_queue SET status = 'sent', sent_at = ? WHERE id = ? AND status = 'sending'")
        .params(now.toEpochMilli(), id)
        .update();
  }

  @Override
  public void retryAt(long id, Instant next, String error) {
    jdbc.sql(
            """
            UPDATE mail_queue SET status = 'queued', next_attempt_at = ?, last_error = ?
            WHERE id = ? AND status IN ('preparing', 'sending')
            """)
        .params(next.toEpochMilli(), error, id)
        .update();
  }

  @Override
  public void finish(long id, String status, String error) {
    jdbc.sql(
            """
            UPDATE mail_queue SET status = ?, last_error = ?
            WHERE id = ? AND status IN ('preparing', 'sending')
            """)
        .params(status, error, id)
        .update();
  }

  @Override
  public int requeueUnsent(Instant claimedBefore, Instant now) {
    return jdbc.sql(
            """
            UPDATE mail_queue SET status = 'queued', next_attempt_at = ?,
                   last_error = 'the sender stopped before handing it over; queued again'
            WHERE status = 'preparing' AND claimed_at < ?
            """)
        .params(now.toEpochMilli(), claimedBefore.toEpochMilli())
        .update();
  }

  @Override
  public int markAbandoned(Instant handedOverBefore) {
    return jdbc.sql(
            """
            UPDATE mail_queue SET status = 'uncertain',
                   last_error = 'interrupted while handing over to the SMTP server'
            WHERE status = 'sending' AND claimed_at < ?
            """)
        .param(handedOverBefore.toEpochMilli())
        .update();
  }

  @Override
  public int requeueUncertain(Instant now) {
    return jdbc.sql(
            "UPDATE mail_queue SET status = 'queued', next_attempt_at = ? WHERE status = 'uncertain'")
        .param(now.toEpochMilli())
        .update();
  }

  @Override
  public void cancelFor(long subscriberId) {
    jdbc.sql(
            """
            UPDATE mail_queue SET status = 'cancelled'
            WHERE subscriber_id = ? AND status = 'queued'
            """)
        .param(subscriberId)
        .update();
  }

  @Override
  public Map<String, Long> countByStatus() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String status : List.of("queued", "sending", "sent", "failed", "uncertain", "cancelled")) {
      counts.put(status, 0L);
    }
    jdbc.sql("SELECT status, COUNT(*) AS n FROM mail_queue GROUP BY status")
        .query(
            (org.springframework.jdbc.core.RowCallbackHandler)
                rs -> counts.put(rs.getString("status"), rs.getLong("n")));
    return counts;
  }

  @Override
  public Map<String, Long> countIn(Collection<String> statuses) {
    Map<String, Long> counts = new LinkedHashMap<>();
    statuses.forEach(status -> counts.put(status, 0L));
    jdbc.sql(
            "SELECT status, COUNT(*) AS n FROM mail_queue WHERE status IN (:statuses)"
                + " GROUP BY status")
        .param("statuses", statuses)
        .query(
            (org.springframework.jdbc.core.RowCallbackHandler)
                rs -> counts.put(rs.getString("status"), rs.getLong("n")));
    return counts;
  }

  @Override
  public List<Message> listRecentMessages(int limit) {
    return jdbc.sql(
            "SELECT " + MESSAGE_COLUMNS + " FROM newsletter_messages ORDER BY id DESC LIMIT ?")
        .param(limit)
        .query(JdbcMailQueue::message)
        .list();
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : Instant.ofEpochMilli(value);
  }

  private static Message message(ResultSet rs, int row) throws SQLException {
    long article = rs.getLong("article_id");
    Long articleId = rs.wasNull() ? null : article;
    return new Message(
        rs.getLong("id"),
        Kind.valueOf(rs.getString("kind").toUpperCase()),
        articleId,
        rs.getString("frequency"),
        instant(rs, "period_from"),
        instant(rs, "period_until"),
        Instant.ofEpochMilli(rs.getLong("created_at")));
  }
}
