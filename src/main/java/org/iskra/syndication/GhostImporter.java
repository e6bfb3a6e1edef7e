package org.iskra.syndication;

import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.iskra.article.ArticleStatus;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports a Ghost JSON export: its posts with their tags, authors, dates and status; the post's
 * {@code html} is the body (mobiledoc and lexical are not converted). The old address {@code
 * /slug/} redirects to the article. The file is read whole and refused if it is not a Ghost export;
 * then every post is stored in its own transaction. Idempotent. Internal tags ({@code #…}) are left
 * out.
 */
@Service
public class GhostImporter {

  static final String KIND = "ghost";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final ItemImporter importer;
  private final SourceFiles files;

  GhostImporter(ItemImporter importer, SourceFiles files) {
    this.importer = importer;
    this.files = files;
  }

  /**
   * Imports the file.
   *
   * @param sectionSlug the section of every post; created, named after the slug, if missing
   * @throws UnreadableText when the file is missing, too large, not JSON or not a Ghost export;
   *     nothing is imported then
   */
  public ImportReport importFile(Path file, String sectionSlug) {
    String name = file.getFileName().toString();
    JsonNode data = data(files.read(file), name);
    Map<String, String> tagNames = names(data.path("tags"), true);
    Map<String, String> userNames = names(data.path("users"), false);
    Map<String, List<String>> postTags = links(data.path("posts_tags"), "tag_id", tagNames);
    Map<String, List<String>> postAuthors =
        links(data.path("posts_authors"), "author_id", userNames);
    List<ImportReport.Item> results = new ArrayList<>();
    int number = 0;
    for (JsonNode post : data.path("posts").values()) {
      number++;
      String id = id(post.path("id"));
      String position = "post " + number;
      String label =
          "post " + (id.isEmpty() ? "without id" : id) + " \"" + text(post, "title") + "\"";
      try {
        results.add(
            importPost(
                post,
                id,
                position,
                label,
                sectionSlug,
                tagNames,
                userNames,
                postTags,
                postAuthors));
      } catch (IllegalArgumentException e) {
        results.add(
            new ImportReport.Item(position, label, ImportReport.Outcome.FAILED, e.getMessage(), 0));
      }
    }
    return new ImportReport(name, results);
  }

  private ImportReport.Item importPost(
      JsonNode post,
      String id,
      String position,
      String label,
      String sectionSlug,
      Map<String, String> tagNames,
      Map<String, String> userNames,
      Map<String, List<String>> postTags,
      Map<String, List<String>> postAuthors) {
    if (id.isEmpty()) {
      throw new IllegalArgumentException("the post has no id");
    }
    String type = text(post, "type");
    if (!type.isEmpty() && !type.equals("post")) {
      return skipped(position, label, "type '" + type + "' is not imported");
    }
    ArticleStatus status =
        switch (text(post, "status")) {
          case "published" -> ArticleStatus.PUBLISHED;
          case "scheduled" -> ArticleStatus.SCHEDULED;
          case "draft" -> ArticleStatus.DRAFT;
          case "sent" -> null;
          default ->
              throw new IllegalArgumentException(
                  "status '" + text(post, "status") + "' is not known");
        };
    if (status == null) {
      return skipped(position, label, "sent as an e-mail only");
    }
    String html = text(post, "html");
    if (html.isBlank() && (post.hasNonNull("mobiledoc") || post.hasNonNull("lexical"))) {
      throw new IllegalArgumentException(
          "no html, only mobiledoc or lexical; export it again from Ghost 4 or later");
    }
    Instant publishedAt = status == ArticleStatus.DRAFT ? null : date(text(post, "published_at"));
    List<String> authors = postAuthors.getOrDefault(id, List.of());
    if (authors.isEmpty() && userNames.containsKey(id(post.path("author_id")))) {
      authors = List.of(userNames.get(id(post.path("author_id"))));
    }
    String slug = text(post, "slug");
    List<String> legacy =
        slug.isBlank() ? List.of() : LegacyPaths.ofUrl("/" + slug + "/").stream().toList();
    ImportedPost imported =
        new ImportedPost(
            KIND,
            id,
            slug.isBlank() ? "" : "/" + slug + "/",
            position,
            label,
            WxrImporter.plain(text(post, "title")),
            WxrImporter.plain(
                text(post, "custom_excerpt").isBlank()
                    ? text(post, "excerpt")
                    : text(post, "custom_excerpt")),
            html,
            status,
            publishedAt,
            sectionSlug,
            WxrImporter.nameFromSlug(sectionSlug),
            authors,
            postTags.getOrDefault(id, List.of()),
            legacy,
            List.of());
    return importer.importItem(imported);
  }

  private static JsonNode data(byte[] content, String name) {
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
    // Ghost 1+ wraps the export in db[0]; older exports have data at the top.
    JsonNode data =
        root.path("db").isArray() ? root.path("db").path(0).path("data") : root.path("data");
    if (!data.path("posts").isArray()) {
      throw new UnreadableText(
          name + ": not a Ghost export (no db[0].data.posts); nothing was imported");
    }
    return data;
  }

  private static Map<String, String> names(JsonNode list, boolean skipInternal) {
    Map<String, String> names = new HashMap<>();
    for (JsonNode node : list.values()) {
      String name = text(node, "name").strip();
      if (!name.isEmpty() && !(skipInternal && name.startsWith("#"))) {
        names.put(id(node.path("id")), name);
      }
    }
    return names;
  }

  private static Map<String, List<String>> links(
      JsonNode list, String target, Map<String, String> names) {
    Map<String, List<JsonNode>> byPost = new HashMap<>();
    for (JsonNode link : list.values()) {
      byPost.computeIfAbsent(id(link.path("post_id")), post -> new ArrayList<>()).add(link);
    }
    Map<String, List<String>> resolved = new HashMap<>();
    byPost.forEach(
        (post, linked) ->
            resolved.put(
                post,
                linked.stream()
                    .sorted(Comparator.comparingInt(link -> link.path("sort_order").asInt(0)))
                    .map(link -> names.get(id(link.path(target))))
                    .filter(name -> name != null)
                    .distinct()
                    .toList()));
    return resolved;
  }

  private static Instant date(String value) {
    if (value.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value.strip().replace(' ', 'T')).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return Instant.ofEpochMilli(Long.parseLong(value.strip()));
      } catch (NumberFormatException notMillis) {
        throw new IllegalArgumentException(
            "published_at '" + value + "' is not a date like 2019-03-05T10:20:00.000Z");
      }
    }
  }

  private static String id(JsonNode node) {
    return node.isString() || node.isNumber() ? node.asString().strip() : "";
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isString() || value.isNumber() ? value.asString() : "";
  }

  private static ImportReport.Item skipped(String position, String label, String reason) {
    return new ImportReport.Item(position, label, ImportReport.Outcome.SKIPPED, reason, 0);
  }
}
