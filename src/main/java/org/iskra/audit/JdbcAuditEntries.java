package org.iskra.audit;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcAuditEntries implements AuditEntries {

  private final JdbcClient jdbc;

  JdbcAuditEntries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void append(
      Instant occurredAt,
      String actor,
      String action,
      String subject,
      String detail,
      String clientAddress) {
    jdbc.sql(
            """
            INSERT INTO audit_entries (occurred_at, actor, action, subject, detail, client_address)
            VALUES (?, ?, ?, ?, ?, ?)""")
        .params(occurredAt.toEpochMilli(), actor, action, subject, detail, clientAddress)
        .update();
  }

  @Override
  public List<AuditEntry> list(String action, int offset, int limit) {
    return jdbc.sql(
            """
            SELECT id, occurred_at, actor, action, subject, detail, client_address
            FROM audit_entries
            WHERE (? = '' OR action = ?)
            ORDER BY occurred_at DESC, id DESC
            LIMIT ? OFFSET ?""")
        .params(action, action, limit, offset)
        .query(
            (rs, row) ->
                new AuditEntry(
                    rs.getLong("id"),
                    Instant.ofEpochMilli(rs.getLong("occurred_at")),
                    rs.getString("actor"),
                    rs.getString("action"),
                    rs.getString("subject"),
                    rs.getString("detail"),
                    rs.getString("client_address")))
        .list();
  }

  @Override
  public long count(String action) {
    return jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE (? = '' OR action = ?)")
        .params(action, action)
        .query(Long.class)
        .single();
  }
}
