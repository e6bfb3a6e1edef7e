package org.iskra.syndication;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.iskra.article.ArticleStatus;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON Feed (versions 1.0 and 1.1, jsonfeed.org) read as feed entries: {@code id}, {@code url},
 * {@code title}, {@code content_html} or {@code content_text}, {@code summary}, {@code
 * date_published} (else {@code date_modified}), authors (1.1's list, 1.0's single author, else the
 * feed's), {@code tags} and attachments. Stateless.
 */
final class JsonFeedFile {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private JsonFeedFile() {}

  /** Whether the content is a JSON object rather than XML: its first character is {@code {}. */
  static boolean looksLikeJson(byte[] content) {
    int i = 0;
    // A UTF-8 byte order mark, then white space.
    if (content.length >= 3
        && (content[0] & 0xff) == 0xef
        && (content[1] & 0xff) == 0xbb
        && (content[2] & 0xff) == 0xbf) {
      i = 3;
    }
    while (i < content.length && Character.isWhitespace(content[i])) {
      i++;
    }
    return i < content.length && content[i] == '{';
  }

  /**
   * @throws UnreadableText when the content is not valid JSON or has no {@code items} list
   */
  static List<FeedEntry> read(byte[] content, String name, String sectionSlug) {
    JsonNode root;
    try {
      root = JSON.readTree(content);
    } catch (JacksonException e) {
      int line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
      throw new UnreadableText(
          name
              + (line > 0 ? ": line " + line : "")
              + ": not valid JSON ("
              + e.getOriginalMessage()
              + "); nothing was imported");
    }
    // The version is not checked: feeds write "https://jsonfeed.org/version/1.1", "1.1" or none.
    if (!root.path("items").isArray()) {
      throw new UnreadableText(
          name + ": not a JSON Feed (it has no \"items\" list); nothing was imported");
    }
    String home = text(root, "home_page_url");
    List<String> feedAuthors = authors(root);
    List<FeedEntry> entries = new ArrayList<>();
    int number = 0;
    for (JsonNode item : root.path("items").values()) {
      number++;
      entries.add(entry(item, number, sectionSlug, home, feedAuthors));
    }
    return entries;
  }

  private static FeedEntry entry(
      JsonNode item, int number, String sectionSlug, String home, List<String> feedAuthors) {
    String position = "entry " + number;
    String title = WxrImporter.plain(text(item, "title"));
    String label = "entry \"" + title + "\"";
    // JSON Feed's id is a string, but numbers are seen in the wild; either is the GUID.
    String guid = item.path("id").isValueNode() ? item.path("id").asString("").strip() : "";
    String link = FeedText.absolute(text(item, "url"), home);
    String html = text(item, "content_html");
    String body =
        html.isBlank()
            ? FeedText.body(text(item, "content_text"), "text", link.isEmpty() ? home : link)
            : FeedText.body(html, "html", link.isEmpty() ? home : link);
    String standfirst = body.isEmpty() ? "" : WxrImporter.plain(text(item, "summary"));
    if (body.isEmpty()) {
      body = FeedText.body(text(item, "summary"), "text", home);
    }
    String dateField = item.hasNonNull("date_published") ? "date_published" : "date_modified";
    String written = text(item, dateField);
    Instant publishedAt = FeedDates.parse(written).orElse(null);
    String note =
        publishedAt == null && !written.isBlank()
            ? FeedDates.unreadable(new FeedDates.Written(dateField, written, 0))
            : "";
    List<String> authors = authors(item);
    if (authors.isEmpty()) {
      authors = feedAuthors;
    }
    LinkedHashSet<String> tags = new LinkedHashSet<>();
    for (JsonNode tag : item.path("tags").values()) {
      String name = tag.isValueNode() ? WxrImporter.plain(tag.asString("")) : "";
      if (!name.isEmpty()) {
        tags.add(name);
      }
    }
    List<ImportedPost.Attachment> attachments = new ArrayList<>();
    for (JsonNode attachment : item.path("attachments").values()) {
      String url = FeedText.absolute(text(attachment, "url"), home);
      if (!url.isEmpty()) {
        attachments.add(new ImportedPost.Attachment(url, null));
      }
    }
    ImportedPost post =
        new ImportedPost(
            FeedFileImporter.KIND,
            guid.isEmpty() ? link : guid,
            link,
            position,
            label,
            title,
            standfirst,
            body,
            ArticleStatus.PUBLISHED,
            publishedAt,
            sectionSlug,
            WxrImporter.nameFromSlug(sectionSlug),
            authors,
            List.copyOf(tags),
            LegacyPaths.ofUrl(link).filter(path -> !path.equals("/")).stream().toList(),
            attachments);
    return new FeedEntry(guid, link, post, note);
  }

  // Version 1.1's "authors", else 1.0's "author".
  private static List<String> authors(JsonNode node) {
    LinkedHashSet<String> names = new LinkedHashSet<>();
    for (JsonNode author : node.path("authors").values()) {
      FeedText.byline(text(author, "name")).ifPresent(names::add);
    }
    if (names.isEmpty()) {
      FeedText.byline(text(node.path("author"), "name")).ifPresent(names::add);
    }
    return List.copyOf(names);
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isValueNode() ? value.asString("") : "";
  }
}
