package org.iskra.syndication;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;

/**
 * gofeed's expected parses, in its four shapes (the universal feed of its translator tests, and the
 * RSS, Atom and JSON Feed parsers' own), reduced to the fields our mapping covers, in the form we
 * store them: plain titles, absolute links, GUIDs, instants, bylines, tags, the text of the body
 * and the standfirst. Fields gofeed has and we do not map are left out (docs/feed-suites.md).
 */
final class ExpectedParse {

  private ExpectedParse() {}

  /** Per expected item, its fields by our names; empty fields are left out. */
  static List<Map<String, Object>> items(Path input, JsonNode expected) {
    String folder = input.getParent().getFileName().toString();
    String shape =
        expected.has("feedType")
            ? "universal"
            : input.toString().contains("/parser/") ? folder : "universal";
    List<Map<String, Object>> items = new ArrayList<>();
    JsonNode list = shape.equals("atom") ? expected.path("entries") : expected.path("items");
    for (JsonNode item : list.values()) {
      Map<String, Object> fields = new LinkedHashMap<>();
      switch (shape) {
        case "rss" -> rss(item, fields);
        case "atom" -> atom(item, fields);
        case "json" -> json(item, fields);
        default -> universal(item, fields);
      }
      fields.values().removeIf(v -> v == null || v.equals("") || v.equals(List.of()));
      items.add(fields);
    }
    return items;
  }

  /** Our entry's fields by the same names. */
  static Map<String, Object> ours(FeedEntry entry) {
    ImportedPost post = entry.post();
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("title", post.title());
    fields.put("link", entry.link());
    fields.put("guid", entry.guid());
    fields.put(
        "date",
        post.publishedAt() != null
            ? post.publishedAt().toString()
            : entry.note().isEmpty() ? "" : "unreadable");
    fields.put("authors", post.authorNames());
    fields.put("tags", post.tagNames());
    fields.put("content", WxrImporter.plain(post.body()));
    fields.put("standfirst", post.standfirst());
    fields.put(
        "attachments", post.attachments().stream().map(ImportedPost.Attachment::url).toList());
    return fields;
  }

  private static void universal(JsonNode item, Map<String, Object> fields) {
    fields.put("title", FeedText.title(text(item, "title"), null));
    fields.put("link", text(item, "link").strip());
    fields.put("guid", text(item, "guid").strip());
    String date = text(item, "publishedParsed");
    fields.put("date", date.isEmpty() ? instant(text(item, "updatedParsed")) : instant(date));
    List<String> authors = new ArrayList<>();
    for (JsonNode author : item.path("authors").values()) {
      FeedText.byline(text(author, "name")).ifPresent(authors::add);
    }
    fields.put("authors", authors);
    List<String> tags = new ArrayList<>();
    for (JsonNode tag : item.path("categories").values()) {
      tags.add(WxrImporter.plain(tag.asString("")));
    }
    fields.put("tags", distinct(tags));
    content(fields, text(item, "content"), text(item, "description"));
    List<String> enclosures = new ArrayList<>();
    for (JsonNode enclosure : item.path("enclosures").values()) {
      enclosures.add(text(enclosure, "url"));
    }
    fields.put("attachments", enclosures);
  }

  private static void rss(JsonNode item, Map<String, Object> fields) {
    JsonNode dc = item.path("dublinCoreExt");
    fields.put("title", FeedText.title(text(item, "title"), null));
    fields.put("link", text(item, "link").strip());
    fields.put("guid", text(item.path("guid"), "value").strip());
    String date = text(item, "pubDate");
    if (date.isEmpty()) {
      date = first(dc.path("date"));
    }
    fields.put("date", written(date));
    List<String> authors = new ArrayList<>();
    FeedText.byline(text(item, "author")).ifPresent(authors::add);
    if (authors.isEmpty()) {
      FeedText.byline(first(dc.path("creator"))).ifPresent(authors::add);
    }
    fields.put("authors", authors);
    List<String> tags = new ArrayList<>();
    for (JsonNode category : item.path("categories").values()) {
      tags.add(WxrImporter.plain(text(category, "value")));
    }
    fields.put("tags", distinct(tags));
    content(fields, text(item, "content"), text(item, "description"));
    JsonNode enclosure = item.path("enclosure");
    fields.put(
        "attachments",
        text(enclosure, "url").isEmpty() ? List.of() : List.of(text(enclosure, "url")));
  }

  private static void atom(JsonNode item, Map<String, Object> fields) {
    fields.put("title", FeedText.title(text(item, "title"), null));
    String link = "";
    for (JsonNode l : item.path("links").values()) {
      String rel = text(l, "rel");
      if ((rel.isEmpty() || rel.equals("alternate")) && !text(l, "href").isEmpty()) {
        link = text(l, "href");
        break;
      }
    }
    fields.put("link", link);
    fields.put("guid", text(item, "id").strip());
    String date = text(item, "published");
    fields.put("date", written(date.isEmpty() ? text(item, "updated") : date));
    List<String> authors = new ArrayList<>();
    for (JsonNode author : item.path("authors").values()) {
      FeedText.byline(text(author, "name")).ifPresent(authors::add);
    }
    fields.put("authors", authors);
    List<String> tags = new ArrayList<>();
    for (JsonNode category : item.path("categories").values()) {
      tags.add(WxrImporter.plain(text(category, "term")));
    }
    fields.put("tags", distinct(tags));
    JsonNode content = item.path("content");
    String body = text(content, "value");
    if (text(content, "type").equals("text")) {
      body = HtmlUtils.htmlEscape(body);
    }
    content(fields, body, text(item, "summary"));
  }

  private static void json(JsonNode item, Map<String, Object> fields) {
    fields.put("title", FeedText.title(text(item, "title"), null));
    fields.put("link", text(item, "url"));
    fields.put("guid", text(item, "id"));
    String date = text(item, "date_published");
    fields.put("date", written(date.isEmpty() ? text(item, "date_modified") : date));
    List<String> authors = new ArrayList<>();
    for (JsonNode author : item.path("authors").values()) {
      FeedText.byline(text(author, "name")).ifPresent(authors::add);
    }
    if (authors.isEmpty()) {
      FeedText.byline(text(item.path("author"), "name")).ifPresent(authors::add);
    }
    fields.put("authors", authors);
    List<String> tags = new ArrayList<>();
    for (JsonNode tag : item.path("tags").values()) {
      tags.add(tag.asString(""));
    }
    fields.put("tags", distinct(tags));
    String html = text(item, "content_html");
    content(
        fields,
        html.isEmpty() ? HtmlUtils.htmlEscape(text(item, "content_text")) : html,
        text(item, "summary"));
    List<String> attachments = new ArrayList<>();
    for (JsonNode attachment : item.path("attachments").values()) {
      attachments.add(text(attachment, "url"));
    }
    fields.put("attachments", attachments);
  }

  // The body is the content, else the description; the description is the standfirst only beside
  // a content.
  private static void content(Map<String, Object> fields, String content, String description) {
    if (!content.isBlank()) {
      fields.put("content", WxrImporter.plain(content));
      fields.put("standfirst", WxrImporter.plain(description));
    } else {
      fields.put("content", WxrImporter.plain(description));
    }
  }

  private static String written(String date) {
    if (date.isBlank()) {
      return "";
    }
    return FeedDates.parse(date).map(Instant::toString).orElse("unreadable");
  }

  private static String instant(String iso) {
    return iso.isEmpty() ? "" : Instant.parse(iso).toString();
  }

  private static List<String> distinct(List<String> values) {
    LinkedHashSet<String> set = new LinkedHashSet<>();
    values.stream().filter(v -> !v.isEmpty()).forEach(set::add);
    return List.copyOf(set);
  }

  private static String first(JsonNode list) {
    for (JsonNode value : list.values()) {
      return value.asString("");
    }
    return "";
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isValueNode() ? value.asString("") : "";
  }
}
