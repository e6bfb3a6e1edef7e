package org.iskra.event;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcEvents implements Events {

  private static final String COLUMNS =
      "e.id, e.slug, e.title, e.description, e.starts_at, e.ends_at, e.time_zone, e.venue,"
          + " e.online_url, e.organiser";

  private final JdbcClient jdbc;

  JdbcEvents(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Event insert(Event event, Instant now) {
    long id =
        jdbc.sql(
                """
                INSERT INTO events (slug, title, description, starts_at, ends_at, time_zone, venue,
                                    online_url, organiser, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
                """)
            .params(
                event.slug(),
                event.title(),
                event.description(),
                event.startsAt().toEpochMilli(),
                event.endsAt().toEpochMilli(),
                event.zone().getId(),
                event.venue(),
                event.onlineUrl(),
                event.organiser(),
                now.toEpochMilli(),
                now.toEpochMilli())
            .query(Long.class)
            .single();
    links(id, event.articleIds());
    return findById(id).orElseThrow();
  }

  @Override
  public void update(Event event, Instant now) {
    jdbc.sql(
            """
            UPDATE events SET title = ?, description = ?, starts_at = ?, ends_at = ?,
                   time_zone = ?, venue = ?, online_url = ?, organiser = ?, updated_at = ?
            WHERE id = ?
            """)
        .params(
            event.title(),
            event.description(),
            event.startsAt().toEpochMilli(),
            event.endsAt().toEpochMilli(),
            event.zone().getId(),
            event.venue(),
            event.onlineUrl(),
            event.organiser(),
            now.toEpochMilli(),
            event.id())
        .update();
    jdbc.sql("DELETE FROM event_articles WHERE event_id = ?").param(event.id()).update();
    links(event.id(), event.articleIds());
  }

  private void links(long eventId, List<Long> articleIds) {
    for (Long articleId : new java.util.LinkedHashSet<>(articleIds)) {
      jdbc.sql("INSERT INTO event_articles (event_id, article_id) VALUES (?, ?)")
          .params(eventId, articleId)
          .update();
    }
  }

  @Override
  public Optional<Event> findById(long id) {
    return withLinks(
            jdbc.sql("SELECT " + COLUMNS + " FROM events e WHERE e.id = ?")
                .param(id)
                .query(JdbcEvents::event)
                .list())
        .stream()
        .findFirst();
  }

  @Override
  public Optional<Event> findBySlug(String slug) {
    return withLinks(
            jdbc.sql("SELECT " + COLUMNS + " FROM events e WHERE e.slug = ?")
                .param(slug)
                .query(JdbcEvents::event)
                .list())
        .stream()
        .findFirst();
  }

  @Override
  public List<Event> listUpcoming(Instant now, int limit) {
    return withLinks(
        jdbc.sql(
                "SELECT "
                    + COLUMNS
                    + " FROM events e WHERE e.ends_at > ? ORDER BY e.starts_at, e.id LIMIT ?")
            .params(now.toEpochMilli(), limit)
            .query(JdbcEvents::event)
            .list());
  }

  @Override
  public List<Event> listPast(Instant now, int limit) {
    return withLinks(
        jdbc.sql(
                "SELECT "
                    + COLUMNS
                    + " FROM events e WHERE e.ends_at <= ? ORDER BY e.starts_at DESC, e.id DESC"
                    + " LIMIT ?")
            .params(now.toEpochMilli(), limit)
            .query(JdbcEvents::event)
            .list());
  }

  @Override
  public List<Event> listAll(int limit) {
    return withLinks(
        jdbc.sql(
                "SELECT " + COLUMNS + " FROM events e ORDER BY e.starts_at DESC, e.id DESC LIMIT ?")
            .param(limit)
            .query(JdbcEvents::event)
            .list());
  }

  @Override
  public List<Event> listPage(
      EventListing listing,
      Instant now,
      boolean latestFirst,
      Instant afterStart,
      long afterId,
      int limit) {
    List<String> conditions = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    if (listing.from() != null) {
      conditions.add("e.ends_at > ?");
      params.add(listing.from().toEpochMilli());
    }
    if (listing.until() != null) {
      conditions.add("e.starts_at < ?");
      params.add(listing.until().toEpochMilli());
    }
    switch (listing.timing()) {
      case UPCOMING -> {
        conditions.add("e.ends_at > ?");
        params.add(now.toEpochMilli());
      }
      case PAST -> {
        conditions.add("e.ends_at <= ?");
        params.add(now.toEpochMilli());
      }
      case ANY -> {}
    }
    String after = latestFirst ? "<" : ">";
    if (afterStart != null) {
      conditions.add("(e.starts_at " + after + " ? OR (e.starts_at = ? AND e.id " + after + " ?))");
      params.add(afterStart.toEpochMilli());
      params.add(afterStart.toEpochMilli());
      params.add(afterId);
    }
    String direction = latestFirst ? " DESC" : "";
    params.add(limit);
    return withLinks(
        jdbc.sql(
                "SELECT "
                    + COLUMNS
                    + " FROM events e"
                    + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions))
                    + " ORDER BY e.starts_at"
                    + direction
                    + ", e.id"
                    + direction
                    + " LIMIT ?")
            .params(params)
            .query(JdbcEvents::event)
            .list());
  }

  @Override
  public List<Event> listByArticle(long articleId) {
    return withLinks(
        jdbc.sql(
                "SELECT "
                    + COLUMNS
                    + " FROM events e JOIN event_articles l ON l.event_id = e.id"
                    + " WHERE l.article_id = ? ORDER BY e.starts_at")
            .param(articleId)
            .query(JdbcEvents::event)
            .list());
  }

  @Override
  public java.util.Set<Long> listLinkedArticleIds(java.util.Collection<Long> articleIds) {
    if (articleIds.isEmpty()) {
      return java.util.Set.of();
    }
    return new java.util.HashSet<>(
        jdbc.sql("SELECT article_id FROM event_articles WHERE article_id IN (:ids)")
            .param("ids", articleIds)
            .query(Long.class)
            .list());
  }

  /** One query for the links of all these events, whatever their number. */
  private List<Event> withLinks(List<Event> events) {
    if (events.isEmpty()) {
      return events;
    }
    Map<Long, List<Long>> links = new HashMap<>();
    String ids = String.join(",", events.stream().map(e -> "?").toList());
    jdbc.sql(
            "SELECT event_id, article_id FROM event_articles WHERE event_id IN ("
                + ids
                + ") ORDER BY article_id")
        .params(events.stream().map(e -> (Object) e.id()).toList())
        .query(
            rs -> {
              links
                  .computeIfAbsent(rs.getLong("event_id"), k -> new ArrayList<>())
                  .add(rs.getLong("article_id"));
            });
    return events.stream()
        .map(
            e ->
                new Event(
                    e.id(),
                    e.slug(),
                    e.title(),
                    e.description(),
                    e.startsAt(),
                    e.endsAt(),
                    e.zone(),
                    e.venue(),
                    e.onlineUrl(),
                    e.organiser(),
                    List.copyOf(links.getOrDefault(e.id(), List.of()))))
        .toList();
  }

  private static Event event(ResultSet rs, int row) throws SQLException {
    return new Event(
        rs.getLong("id"),
        rs.getString("slug"),
        rs.getString("title"),
        rs.getString("description"),
        Instant.ofEpochMilli(rs.getLong("starts_at")),
        Instant.ofEpochMilli(rs.getLong("ends_at")),
        ZoneId.of(rs.getString("time_zone")),
        rs.getString("venue"),
        rs.getString("online_url"),
        rs.getString("organiser"),
        List.of());
  }
}
