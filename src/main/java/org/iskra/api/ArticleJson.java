package org.iskra.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.iskra.article.Article;
import org.iskra.article.ArticleView;
import org.iskra.article.Teaser;
import org.iskra.author.Author;
import org.iskra.geo.Country;
import org.iskra.media.Media;
import org.iskra.publication.SiteSettings;
import org.iskra.section.Section;
import org.iskra.tag.Tag;

/**
 * An article as the APIs show it: plain members always (related objects by id), the related objects
 * themselves when asked for with {@code include}, cut to {@code fields} when given.
 */
final class ArticleJson {

  static final List<String> FIELDS =
      List.of(
          "id",
          "uid",
          "url",
          "title",
          "slug",
          "language",
          "standfirst",
          "teaser",
          "body",
          "publishedAt",
          "updatedAt",
          "sectionId",
          "authorIds",
          "tagIds",
          "countryCodes",
          "featuredImageKey");

  static final List<String> INCLUDES =
      List.of("section", "authors", "tags", "countries", "featuredImage");

  private ArticleJson() {}

  static Map<String, Object> of(
      ArticleView view, Set<String> fields, Set<String> includes, SiteSettings site) {
    Article article = view.article();
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", article.id());
    json.put("uid", article.uid());
    json.put("url", site.absolute(view.path()));
    json.put("title", article.title());
    json.put("slug", article.slug());
    json.put("language", article.language());
    json.put("standfirst", article.standfirst());
    json.put("teaser", view.teaser());
    json.put("body", article.body());
    json.put("publishedAt", article.publishedAt());
    json.put("updatedAt", article.updatedAt());
    json.put("sectionId", article.sectionId());
    json.put("authorIds", article.authorIds());
    json.put("tagIds", article.tagIds());
    json.put("countryCodes", article.countryCodes());
    json.put("featuredImageKey", view.featuredImage() == null ? null : view.featuredImage().key());
    if (!fields.isEmpty()) {
      json.keySet().removeIf(key -> !key.equals("id") && !fields.contains(key));
    }
    if (includes.contains("section")) {
      json.put("section", section(view.section(), site));
    }
    if (includes.contains("authors")) {
      json.put("authors", view.authors().stream().map(a -> author(a, site)).toList());
    }
    if (includes.contains("tags")) {
      json.put("tags", view.tags().stream().map(t -> tag(t, site)).toList());
    }
    if (includes.contains("countries")) {
      json.put("countries", view.countries().stream().map(c -> country(c, site, null)).toList());
    }
    if (includes.contains("featuredImage")) {
      json.put(
          "featuredImage", view.featuredImage() == null ? null : image(view.featuredImage(), site));
    }
    return json;
  }

  /** An article in any state, for the Admin API: everything plus status and version. */
  static Map<String, Object> admin(ArticleView view, SiteSettings site) {
    Map<String, Object> json = new LinkedHashMap<>(of(view, Set.of(), Set.copyOf(INCLUDES), site));
    Article article = view.article();
    json.put("status", article.status().code());
    json.put("version", article.version());
    json.put("trashed", article.isTrashed());
    json.put("createdAt", article.createdAt());
    return json;
  }

  /** A linked article as events and appeals include it: enough to show and link it. */
  static Map<String, Object> teaser(Teaser teaser, SiteSettings site) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", teaser.id());
    json.put("title", teaser.title());
    json.put("teaser", teaser.text());
    json.put("publishedAt", teaser.publishedAt());
    json.put("url", site.absolute(teaser.path()));
    json.put("sectionId", teaser.section() == null ? null : teaser.section().id());
    return json;
  }

  static Map<String, Object> section(Section section, SiteSettings site) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", section.id());
    json.put("slug", section.slug());
    json.put("name", section.name());
    json.put("description", section.description());
    json.put("position", section.position());
    json.put("url", site.absolute(section.path()));
    return json;
  }

  static Map<String, Object> author(Author author, SiteSettings site) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", author.id());
    json.put("slug", author.slug());
    json.put("name", author.name());
    json.put("bio", author.bio());
    json.put("url", site.absolute(author.path()));
    return json;
  }

  static Map<String, Object> tag(Tag tag, SiteSettings site) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", tag.id());
    json.put("slug", tag.slug());
    json.put("name", tag.name());
    json.put("url", site.absolute(tag.path()));
    return json;
  }

  static Map<String, Object> country(Country country, SiteSettings site, Long articles) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("code", country.code());
    json.put("name", country.name());
    json.put("region", country.region());
    json.put("url", site.absolute(country.path()));
    if (articles != null) {
      json.put("articles", articles);
    }
    return json;
  }

  static Map<String, Object> image(Media media, SiteSettings site) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("key", media.key());
    json.put("url", site.absolute(media.largestSrc()));
    json.put("width", media.width());
    json.put("height", media.height());
    json.put("contentType", media.contentType());
    json.put("altText", media.altText());
    List<String> variants = new ArrayList<>();
    media.variantWidths().forEach(width -> variants.add(site.absolute(media.src(width))));
    json.put("variants", variants);
    return json;
  }
}
