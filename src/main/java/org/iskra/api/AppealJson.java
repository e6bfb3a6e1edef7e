package org.iskra.api;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.iskra.article.Teaser;
import org.iskra.campaign.Appeal;
import org.iskra.campaign.AppealProgress;
import org.iskra.publication.SiteSettings;

/**
 * An appeal as the Content API shows it: what its public page shows (target, amount raised, number
 * of donations; never a donor), money in minor units of its ISO 4217 {@code currency}, published
 * linked articles by id (or whole with {@code include=articles}), cut to {@code fields}.
 */
final class AppealJson {

  static final List<String> FIELDS =
      List.of(
          "id",
          "slug",
          "url",
          "name",
          "description",
          "status",
          "startsAt",
          "endsAt",
          "currency",
          "targetMinor",
          "raisedMinor",
          "donations",
          "percentage",
          "articleIds");

  static final List<String> INCLUDES = List.of("articles");

  private AppealJson() {}

  static Map<String, Object> of(
      AppealProgress progress,
      List<Teaser> articles,
      Instant now,
      Set<String> fields,
      Set<String> includes,
      SiteSettings site) {
    Appeal appeal = progress.appeal();
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", appeal.id());
    json.put("slug", appeal.slug());
    json.put("url", site.absolute(appeal.path()));
    json.put("name", appeal.name());
    json.put("description", appeal.description());
    json.put("status", appeal.statusAt(now).code());
    json.put("startsAt", appeal.startsAt());
    json.put("endsAt", appeal.endsAt());
    json.put("currency", appeal.currency());
    json.put("targetMinor", appeal.targetMinor());
    json.put("raisedMinor", progress.raisedMinor());
    json.put("donations", progress.donations());
    json.put("percentage", progress.percentage());
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
