package org.iskra.newsletter;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcSubscribers implements Subscribers {

  private static final String COLUMNS =
      "id, email, status, frequency, sections, languages, confirm_sent_at, created_at";

  private final JdbcClient jdbc;

  JdbcSubscribers(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Subscriber insertPending(
      String email,
      Subscriber.Frequency frequency,
      List<String> sections,
      List<String> languages,
      Instant now) {
    // Two sign-ups of one address at once: one row, no error that would tell them apart.
    jdbc.sql(
            """
            INSERT INTO subscribers (email, status, frequency, sections, languages, created_at,
                                     updated_at)
            VALUES (?, 'pending', ?, ?, ?, ?, ?)
            ON CONFLICT (email) DO NOTHING
            """)
        .params(
            email,
            frequency.code(),
            String.join(",", sections),
            String.join(",", languages),
            now.toEpochMilli(),
            now.toEpochMilli())
        .update();
    return findByEmail(email).orElseThrow();
  }

  @Override
  public Optional<Subscriber> findById(long id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM subscribers WHERE id = ?")
        .param(id)
        .query(JdbcSubscribers::subscriber)
        .optional();
  }

  @Override
  public Optional<Subscriber> findByEmail(String email) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM subscribers WHERE email = ?")
        .param(email)
        .query(JdbcSubscribers::subscriber)
        .optional();
  }

  @Override
  public void updateChoices(
      long id,
      Subscriber.Frequency frequency,
      List<String> sections,
      List<String> languages,
      Instant now) {
    jdbc.sql(
            """
            UPDATE subscribers SET frequency = ?, sections = ?, languages = ?, updated_at = ?
            WHERE id = ?
            """)
        .params(
            frequency.code(),
            String.join(",", sections),
            String.join(",", languages),
            now.toEpochMilli(),
            id)
        .update();
  }

  @Override
  public boolean updateStatus(long id, Subscriber.Status status, Instant now) {
    return jdbc.sql(
                """
                UPDATE subscribers SET status = ?, updated_at = ?,
                       confirmed_at = CASE WHEN ? = 'active' THEN ? ELSE confirmed_at END
                WHERE id = ?
                """)
            .params(status.code(), now.toEpochMilli(), status.code(), now.toEpochMilli(), id)
            .update()
        == 1;
  }

  @Override
  public boolean activatePending(long id, Instant now) {
    return jdbc.sql(
                """
                UPDATE subscribers SET status = 'active', updated_at = ?, confirmed_at = ?
                WHERE id = ? AND status = 'pending'
                """)
            .params(now.toEpochMilli(), now.toEpochMilli(), id)
            .update()
        == 1;
  }

  @Override
  public void markConfirmSent(long id, Instant now) {
    jdbc.sql("UPDATE subscribers SET confirm_sent_at = ? WHERE id = ?")
        .params(now.toEpochMilli(), id)
        .update();
  }

  @Override
  public List<Subscriber> listActive(Subscriber.Frequency frequency) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM subscribers WHERE status = 'active' AND frequency = ? ORDER BY id")
        .param(frequency.code())
        .query(JdbcSubscribers::subscriber)
        .list();
  }

  @Override
  public List<Subscriber> listActive() {
    return jdbc.sql("SELECT " + COLUMNS + " FROM subscribers WHERE status = 'active' ORDER BY id")
        .query(JdbcSubscribers::subscriber)
        .list();
  }

  @Override
  public List<Subscriber> listRecent(int limit) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM subscribers ORDER BY id DESC LIMIT ?")
        .param(limit)
        .query(JdbcSubscribers::subscriber)
        .list();
  }

  @Override
  public Map<Subscriber.Status, Long> countByStatus() {
    Map<Subscriber.Status, Long> counts = new EnumMap<>(Subscriber.Status.class);
    for (Subscriber.Status status : Subscriber.Status.values()) {
      counts.put(status, 0L);
    }
    jdbc.sql("SELECT status, COUNT(*) AS n FROM subscribers GROUP BY status")
        .query(
            (org.springframework.jdbc.core.RowCallbackHandler)
                rs -> counts.put(Subscriber.Status.of(rs.getString("status")), rs.getLong("n")));
    return counts;
  }

  private static List<String> list(String text) {
    return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split(","));
  }

  private static Subscriber subscriber(ResultSet rs, int row) throws SQLException {
    long sent = rs.getLong("confirm_sent_at");
    boolean never = rs.wasNull();
    return new Subscriber(
        rs.getLong("id"),
        rs.getString("email"),
        Subscriber.Status.of(rs.getString("status")),
        Subscriber.Frequency.of(rs.getString("frequency")),
        list(rs.getString("sections")),
        list(rs.getString("languages")),
        never ? null : Instant.ofEpochMilli(sent),
        Instant.ofEpochMilli(rs.getLong("created_at")));
  }
}
