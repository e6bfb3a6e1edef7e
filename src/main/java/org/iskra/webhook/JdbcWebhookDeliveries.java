package org.iskra.webhook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcWebhookDeliveries implements WebhookDeliveries {

  private static final String COLUMNS =
      "id, endpoint_id, event_id, event_type, payload, status, attempts, next_attempt_at,"
          + " last_status_code, last_error, created_at, delivered_at";

  private static final String DUE =
      "((status = 'pending' AND next_attempt_at <= :now)"
          + " OR (status = 'sending' AND claimed_until < :now))";

  private final JdbcClient jdbc;

  JdbcWebhookDeliveries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void enqueue(
      long endpointId, String eventId, String eventType, String payload, Instant at) {
    jdbc.sql(
            """
            INSERT INTO webhook_deliveries
              (endpoint_id, event_id, event_type, payload, status, attempts, next_attempt_at,
               created_at)
            VALUES (:endpoint, :event, :type, :payload, 'pending', 0, :at, :at)
            ON CONFLICT (endpoint_id, event_id) DO NOTHING""")
        .param("endpoint", endpointId)
        .param("event", eventId)
        .param("type", eventType)
        .param("payload", payload)
        .param("at", at.toEpochMilli())
        .update();
  }

  @Override
  public List<WebhookDelivery> claimDue(Instant now, Instant until, int limit) {
    List<Long> candidates =
        jdbc.sql("SELECT id FROM webhook_deliveries WHERE " + DUE + " ORDER BY id LIMIT :limit")
            .param("now", now.toEpochMilli())
            .param("limit", limit)
            .query(Long.class)
            .list();
    List<WebhookDelivery> won = new ArrayList<>();
    for (long id : candidates) {
      int claimed =
          jdbc.sql(
                  "UPDATE webhook_deliveries SET status = 'sending', claimed_until = :until"
                      + " WHERE id = :id AND "
                      + DUE)
              .param("until", until.toEpochMilli())
              .param("now", now.toEpochMilli())
              .param("id", id)
              .update();
      if (claimed == 1) {
        findById(id).ifPresent(won::add);
      }
    }
    return won;
  }

  @Override
  public void markDelivered(long id, int attempts, int statusCode, Instant at) {
    jdbc.sql(
            """
            UPDATE webhook_deliveries SET status = 'delivered', attempts = :attempts,
              last_status_code = :code, last_error = '', delivered_at = :at, claimed_until = NULL
            WHERE id = :id""")
        .param("attempts", attempts)
        .param("code", statusCode)
        .param("at", at.toEpochMilli())
        .param("id", id)
        .update();
  }

  @Override
  public void markFailed(long id, int attempts, Integer statusCode, String error, Instant next) {
    jdbc.sql(
            """
            UPDATE webhook_deliveries SET status = :status, attempts = :attempts,
              last_status_code = :code, last_error = :error, next_attempt_at = :next,
              claimed_until = NULL
            WHERE id = :id""")
        .param("status", next == null ? "failed" : "pending")
        .param("attempts", attempts)
        .param("code", statusCode, java.sql.Types.INTEGER)
        .param("error", error.length() > 500 ? error.substring(0, 500) : error)
        .param("next", next == null ? Long.MAX_VALUE : next.toEpochMilli())
        .param("id", id)
        .update();
  }

  @Override
  public java.util.Map<String, Long> countIn(java.util.Collection<String> statuses) {
    java.util.Map<String, Long> counts = new java.util.LinkedHashMap<>();
    statuses.forEach(status -> counts.put(status, 0L));
    jdbc.sql(
            "SELECT status, COUNT(*) AS n FROM webhook_deliveries WHERE status IN (:statuses)"
                + " GROUP BY status")
        .param("statuses", statuses)
        .query(
            (org.springframework.jdbc.core.RowCallbackHandler)
                rs -> counts.put(rs.getString("status"), rs.getLong("n")));
    return counts;
  }

  @Override
  public List<WebhookDelivery> listByEndpoint(long endpointId, int limit) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM webhook_deliveries WHERE endpoint_id = :endpoint ORDER BY id DESC"
                + " LIMIT :limit")
        .param("endpoint", endpointId)
        .param("limit", limit)
        .query(JdbcWebhookDeliveries::delivery)
        .list();
  }

  @Override
  public Optional<WebhookDelivery> findById(long id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM webhook_deliveries WHERE id = :id")
        .param("id", id)
        .query(JdbcWebhookDeliveries::delivery)
        .optional();
  }

  private static WebhookDelivery delivery(ResultSet rs, int row) throws SQLException {
    int code = rs.getInt("last_status_code");
    Integer lastCode = rs.wasNull() ? null : code;
    long delivered = rs.getLong("delivered_at");
    Instant deliveredAt = rs.wasNull() ? null : Instant.ofEpochMilli(delivered);
    return new WebhookDelivery(
        rs.getLong("id"),
        rs.getLong("endpoint_id"),
        rs.getString("event_id"),
        rs.getString("event_type"),
        rs.getString("payload"),
        rs.getString("status"),
        rs.getInt("attempts"),
        Instant.ofEpochMilli(rs.getLong("next_attempt_at")),
        lastCode,
        rs.getString("last_error"),
        Instant.ofEpochMilli(rs.getLong("created_at")),
        deliveredAt);
  }
}
