package org.iskra.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.iskra.article.Teaser;
import org.iskra.event.Event;
import org.iskra.publication.SiteSettings;

/**
 * An event as the Content API shows it: instants in UTC, the same moments in the event's own zone,
 * published linked articles by id (or whole with {@code include=articles}), cut to {@code fields}.
 */
final class EventJson {

  static final List<String> FIELDS =
      List.of(
          "id",
          "slug",
          "url",
          "calendarUrl",
          "title",
          "description",
          "startsAt",
          "endsAt",
          "timeZone",
          "localStart",
          "localEnd",
          "venue",
          "onlineUrl",
          "organiser",
          "articleIds");

  static final List<String> INCLUDES = List.of("articles");

  private EventJson() {}

  static Map<String, Object> of(
      Event event,
      List<Teaser> articles,
      Set<String> fields,
      Set<String> includes,
      SiteSettings site) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", event.id());
    json.put("slug", event.slug());
    json.put("url", site.absolute(event.path()));
    json.put("calendarUrl", site.absolute(event.path() + ".ics"));
    json.put("title", event.title());
    json.put("description", event.description());
    json.put("startsAt", event.startsAt());
    json.put("endsAt", event.endsAt());
    json.put("timeZone", event.zone().getId());
    json.put("localStart", event.localStart().toOffsetDateTime().toString());
    json.put("localEnd", event.localEnd().toOffsetDateTime().toString());
    json.put("venue", event.venue());
    json.put("onlineUrl", event.onlineUrl());
    json.put("organiser", event.organiser());
    json.put("articleIds", articles.stream().map(Teaser::id).toList());
    if (!fields.isEmpty()) {
      json.keySet().removeIf(key -> !key.equals("id") && !fields.contains(key));
    }
    if (includes.contains("articles")) {
      json.put("articles", articles.stream().map(t -> ArticleJson.teaser(t, site)).toList());
    }
    return json;
  }
}
