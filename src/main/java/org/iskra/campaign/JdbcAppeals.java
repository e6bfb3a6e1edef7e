package org.iskra.campaign;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcAppeals implements Appeals {

  private static final String COLUMNS =
      "a.id, a.slug, a.name, a.description, a.target_minor, a.currency, a.starts_at, a.ends_at";

  private final JdbcClient jdbc;

  JdbcAppeals(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Appeal insert(Appeal appeal, Instant now) {
    long id =
        jdbc.sql(
                """
                INSERT INTO appeals (slug, name, description, target_minor, currency, starts_at,
                                     ends_at, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
                """)
            .params(
                appeal.slug(),
                appeal.name(),
                appeal.description(),
                appeal.targetMinor(),
                appeal.currency(),
                appeal.startsAt().toEpochMilli(),
                appeal.endsAt() == null ? null : appeal.endsAt().toEpochMilli(),
                now.toEpochMilli(),
                now.toEpochMilli())
            .query(Long.class)
            .single();
    return findById(id).orElseThrow();
  }

  @Override
  public boolean update(Appeal appeal, Instant now) {
    return jdbc.sql(
                """
                UPDATE appeals SET slug = ?, name = ?, description = ?, target_minor = ?,
                       starts_at = ?, ends_at = ?, updated_at = ?
                WHERE id = ?
                """)
            .params(
                appeal.slug(),
                appeal.name(),
                appeal.description(),
                appeal.targetMinor(),
                appeal.startsAt().toEpochMilli(),
                appeal.endsAt() == null ? null : appeal.endsAt().toEpochMilli(),
                now.toEpochMilli(),
                appeal.id())
            .update()
        == 1;
  }

  @Override
  public Optional<Appeal> findById(long id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM appeals a WHERE a.id = ?")
        .param(id)
        .query(JdbcAppeals::appeal)
        .optional();
  }

  @Override
  public Optional<Appeal> findBySlug(String slug) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM appeals a WHERE a.slug = ?")
        .param(slug)
        .query(JdbcAppeals::appeal)
        .optional();
  }

  @Override
  public List<Appeal> listAll() {
    return jdbc.sql("SELECT " + COLUMNS + " FROM appeals a ORDER BY a.starts_at DESC, a.id DESC")
        .query(JdbcAppeals::appeal)
        .list();
  }

  @Override
  public List<Appeal> listPage(
      Appeal.Status status,
      Instant now,
      boolean oldestFirst,
      Instant afterStart,
      long afterId,
      int limit) {
    List<String> conditions = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    long at = now.toEpochMilli();
    if (status != null) {
      switch (status) {
        case UPCOMING -> {
          conditions.add("a.starts_at > ?");
          params.add(at);
        }
        case ACTIVE -> {
          conditions.add("a.starts_at <= ? AND (a.ends_at IS NULL OR a.ends_at > ?)");
          params.add(at);
          params.add(at);
        }
        case CLOSED -> {
          conditions.add("a.ends_at IS NOT NULL AND a.ends_at <= ?");
          params.add(at);
        }
      }
    }
    String after = oldestFirst ? ">" : "<";
    if (afterStart != null) {
      conditions.add("(a.starts_at " + after + " ? OR (a.starts_at = ? AND a.id " + after + " ?))");
      params.add(afterStart.toEpochMilli());
      params.add(afterStart.toEpochMilli());
      params.add(afterId);
    }
    String direction = oldestFirst ? "" : " DESC";
    params.add(limit);
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM appeals a"
                + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions))
                + " ORDER BY a.starts_at"
                + direction
                + ", a.id"
                + direction
                + " LIMIT ?")
        .params(params)
        .query(JdbcAppeals::appeal)
        .list();
  }

  @Override
  public boolean addDonation(
      long appealId,
      long amountMinor,
      String currency,
      String paymentId,
      String donor,
      String recordedBy,
      Instant now) {
    // ON CONFLICT on the unique payment id: two deliveries of one payment racing each other still
    // store one row, without an error rolling back the caller's transaction.
    return jdbc.sql(
                """
                INSERT INTO donations (appeal_id, amount_minor, currency, payment_id, donor,
                                       recorded_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (payment_id) DO NOTHING
                """)
            .params(
                appealId, amountMinor, currency, paymentId, donor, recordedBy, now.toEpochMilli())
            .update()
        == 1;
  }

  @Override
  public Optional<Donation> findDonationByPaymentId(String paymentId) {
    return jdbc.sql(
            """
            SELECT id, appeal_id, amount_minor, currency, payment_id, donor, recorded_by, created_at
            FROM donations WHERE payment_id = ?
            """)
        .param(paymentId)
        .query(JdbcAppeals::donation)
        .optional();
  }

  @Override
  public List<Donation> listDonations(long appealId, int limit) {
    return jdbc.sql(
            """
            SELECT id, appeal_id, amount_minor, currency, payment_id, donor, recorded_by, created_at
            FROM donations WHERE appeal_id = ? ORDER BY created_at DESC, id DESC LIMIT ?
            """)
        .params(appealId, limit)
        .query(JdbcAppeals::donation)
        .list();
  }

  @Override
  public AppealProgress progress(Appeal appeal) {
    // Only rows in the appeal's currency count: a total never mixes currencies.
    return jdbc.sql(
            """
            SELECT COALESCE(SUM(amount_minor), 0) AS raised,
                   COALESCE(SUM(CASE WHEN amount_minor > 0 THEN 1 ELSE 0 END), 0) AS gifts
            FROM donations WHERE appeal_id = ? AND currency = ?
            """)
        .params(appeal.id(), appeal.currency())
        .query((rs, n) -> new AppealProgress(appeal, rs.getLong("raised"), rs.getLong("gifts")))
        .single();
  }

  @Override
  public List<AppealProgress> progress(List<Appeal> appeals) {
    if (appeals.isEmpty()) {
      return List.of();
    }
    // Grouped by currency too, so that each appeal keeps only the rows in its own.
    Map<String, long[]> sums = new HashMap<>();
    jdbc.sql(
            """
            SELECT appeal_id, currency, COALESCE(SUM(amount_minor), 0) AS raised,
                   COALESCE(SUM(CASE WHEN amount_minor > 0 THEN 1 ELSE 0 END), 0) AS gifts
            FROM donations WHERE appeal_id IN (:ids) GROUP BY appeal_id, currency
            """)
        .param("ids", appeals.stream().map(Appeal::id).toList())
        .query(
            rs -> {
              sums.put(
                  rs.getLong("appeal_id") + ":" + rs.getString("currency"),
                  new long[] {rs.getLong("raised"), rs.getLong("gifts")});
            });
    return appeals.stream()
        .map(
            appeal -> {
              long[] sum =
                  sums.getOrDefault(appeal.id() + ":" + appeal.currency(), new long[] {0, 0});
              return new AppealProgress(appeal, sum[0], sum[1]);
            })
        .toList();
  }

  @Override
  public void linkArticle(long articleId, long appealId) {
    jdbc.sql(
            """
            INSERT INTO appeal_articles (article_id, appeal_id) VALUES (?, ?)
            ON CONFLICT (article_id) DO UPDATE SET appeal_id = excluded.appeal_id
            """)
        .params(articleId, appealId)
        .update();
  }

  @Override
  public void unlinkArticle(long articleId) {
    jdbc.sql("DELETE FROM appeal_articles WHERE article_id = ?").param(articleId).update();
  }

  @Override
  public Optional<Appeal> findByArticle(long articleId) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM appeals a JOIN appeal_articles l ON l.appeal_id = a.id"
                + " WHERE l.article_id = ?")
        .param(articleId)
        .query(JdbcAppeals::appeal)
        .optional();
  }

  @Override
  public java.util.Set<Long> listLinkedArticleIds(java.util.Collection<Long> articleIds) {
    if (articleIds.isEmpty()) {
      return java.util.Set.of();
    }
    return new java.util.HashSet<>(
        jdbc.sql("SELECT article_id FROM appeal_articles WHERE article_id IN (:ids)")
            .param("ids", articleIds)
            .query(Long.class)
            .list());
  }

  @Override
  public List<Long> listArticleIds(long appealId) {
    return jdbc.sql(
            "SELECT article_id FROM appeal_articles WHERE appeal_id = ? ORDER BY article_id")
        .param(appealId)
        .query(Long.class)
        .list();
  }

  @Override
  public Map<Long, List<Long>> listArticleIds(java.util.Collection<Long> appealIds) {
    Map<Long, List<Long>> links = new HashMap<>();
    if (appealIds.isEmpty()) {
      return links;
    }
    jdbc.sql(
            "SELECT appeal_id, article_id FROM appeal_articles WHERE appeal_id IN (:ids)"
                + " ORDER BY article_id")
        .param("ids", appealIds)
        .query(
            rs -> {
              links
                  .computeIfAbsent(rs.getLong("appeal_id"), k -> new ArrayList<>())
                  .add(rs.getLong("article_id"));
            });
    return links;
  }

  private static Appeal appeal(ResultSet rs, int row) throws SQLException {
    long ends = rs.getLong("ends_at");
    boolean open = rs.wasNull();
    return new Appeal(
        rs.getLong("id"),
        rs.getString("slug"),
        rs.getString("name"),
        rs.getString("description"),
        rs.getLong("target_minor"),
        rs.getString("currency"),
        Instant.ofEpochMilli(rs.getLong("starts_at")),
        open ? null : Instant.ofEpochMilli(ends));
  }

  private static Donation donation(ResultSet rs, int row) throws SQLException {
    return new Donation(
        rs.getLong("id"),
        rs.getLong("appeal_id"),
        rs.getLong("amount_minor"),
        rs.getString("currency"),
        rs.getString("payment_id"),
        rs.getString("donor"),
        rs.getString("recorded_by"),
        Instant.ofEpochMilli(rs.getLong("created_at")));
  }
}
