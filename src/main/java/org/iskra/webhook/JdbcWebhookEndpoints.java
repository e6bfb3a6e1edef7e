package org.iskra.webhook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcWebhookEndpoints implements WebhookEndpoints {

  private static final String COLUMNS = "id, url, events, secret, enabled, created_by, created_at";

  private final JdbcClient jdbc;

  JdbcWebhookEndpoints(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public WebhookEndpoint insert(
      String url, Set<WebhookEvent> events, String secret, String createdBy, Instant at) {
    return jdbc.sql(
            "INSERT INTO webhook_endpoints (url, events, secret, enabled, created_by, created_at)"
                + " VALUES (:url, :events, :secret, TRUE, :by, :at) RETURNING "
                + COLUMNS)
        .param("url", url)
        .param(
            "events",
            " " + String.join(" ", events.stream().map(WebhookEvent::code).toList()) + " ")
        .param("secret", secret)
        .param("by", createdBy)
        .param("at", at.toEpochMilli())
        .query(JdbcWebhookEndpoints::endpoint)
        .single();
  }

  @Override
  public Optional<WebhookEndpoint> findById(long id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM webhook_endpoints WHERE id = :id")
        .param("id", id)
        .query(JdbcWebhookEndpoints::endpoint)
        .optional();
  }

  @Override
  public List<WebhookEndpoint> listAll() {
    return jdbc.sql("SELECT " + COLUMNS + " FROM webhook_endpoints ORDER BY id DESC")
        .query(JdbcWebhookEndpoints::endpoint)
        .list();
  }

  @Override
  public List<WebhookEndpoint> listSubscribedTo(WebhookEvent event) {
    // Events are stored space-delimited with a space at each end, so LIKE matches whole names.
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM webhook_endpoints WHERE enabled = TRUE AND events LIKE :pattern"
                + " ORDER BY id")
        .param("pattern", "% " + event.code() + " %")
        .query(JdbcWebhookEndpoints::endpoint)
        .list();
  }

  @Override
  public void updateEnabled(long id, boolean enabled) {
    jdbc.sql("UPDATE webhook_endpoints SET enabled = :enabled WHERE id = :id")
        .param("enabled", enabled)
        .param("id", id)
        .update();
  }

  private static WebhookEndpoint endpoint(ResultSet rs, int row) throws SQLException {
    Set<WebhookEvent> events = EnumSet.noneOf(WebhookEvent.class);
    for (String code : rs.getString("events").strip().split(" ")) {
      WebhookEvent.fromCode(code).ifPresent(events::add);
    }
    return new WebhookEndpoint(
        rs.getLong("id"),
        rs.getString("url"),
        Set.copyOf(events),
        rs.getString("secret"),
        rs.getBoolean("enabled"),
        rs.getString("created_by"),
        Instant.ofEpochMilli(rs.getLong("created_at")));
  }
}
