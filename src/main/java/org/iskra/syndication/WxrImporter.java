package org.iskra.syndication;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.iskra.article.ArticleStatus;
import org.iskra.slug.Slug;
import org.jsoup.Jsoup;
import org.springframework.stereotype.Service;

/**
 * Imports a WordPress export (WXR): its posts with their categories, tags, authors, dates, status,
 * excerpts and content, the old addresses ({@code /?p=ID} and the permalink) and the attachments
 * they own. Pages, private posts and posts in the trash are skipped. The file is read whole first
 * and refused if it is not well-formed; then every post is stored in its own transaction, so that
 * one bad post is reported and the others go in. Idempotent.
 */
@Service
public class WxrImporter {

  /** Where categories go. */
  public enum Categories {
    /** The first category is the section, the others become tags. */
    SECTIONS,
    /** Every category becomes a tag; the section is given. */
    TAGS
  }

  /**
   * How to import.
   *
   * @param sectionSlug with {@link Categories#TAGS} the section of every post (required); with
   *     {@link Categories#SECTIONS} the section of posts without a category (may be null, then
   *     {@code uncategorized})
   * @param attachmentsDir a local copy of {@code wp-content/uploads}, or null; with it, the images
   *     posts show and their featured images go into the media library ({@link WordPressUploads})
   */
  public record Options(Categories categories, String sectionSlug, Path attachmentsDir) {

    public Options {
      if (categories == Categories.TAGS && (sectionSlug == null || sectionSlug.isBlank())) {
        throw new IllegalArgumentException("With categories as tags, a section is required");
      }
    }
  }

  static final String KIND = "wxr";

  private static final DateTimeFormatter WORDPRESS_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
  private static final Pattern DIGITS = Pattern.compile("[0-9]{1,18}");

  private final ItemImporter importer;
  private final SourceFiles files;
  private final WordPressUploads uploads;

  WxrImporter(ItemImporter importer, SourceFiles files, WordPressUploads uploads) {
    this.importer = importer;
    this.files = files;
    this.uploads = uploads;
  }

  /**
   * Imports the file.
   *
   * @throws UnreadableText when the file is missing, too large, not well-formed XML, declares a
   *     DOCTYPE with entities or is not a WordPress export; nothing is imported then
   */
  public ImportReport importFile(Path file, Options options) {
    String name = file.getFileName().toString();
    WxrFile wxr = WxrFile.read(files.read(file), name);
    Map<String, List<ImportedPost.Attachment>> attachments = attachments(wxr, options);
    Map<String, WxrFile.Item> attachmentsById = new HashMap<>();
    for (WxrFile.Item item : wxr.items()) {
      if (item.postType().equals("attachment")) {
        attachmentsById.putIfAbsent(item.postId(), item);
      }
    }
    List<ImportReport.Item> results = new ArrayList<>();
    for (WxrFile.Item item : wxr.items()) {
      if (item.postType().equals("attachment")) {
        continue;
      }
      String position = "line " + item.line();
      String label = "post " + item.postId() + " \"" + plain(item.title()) + "\"";
      try {
        results.add(importItem(item, wxr, options, attachments, attachmentsById, position, label));
      } catch (IllegalArgumentException e) {
        // InvalidArticle, InvalidSection and what the mapping refuses: this post only.
        results.add(
            new ImportReport.Item(position, label, ImportReport.Outcome.FAILED, e.getMessage(), 0));
      }
    }
    return new ImportReport(name, results);
  }

  private ImportReport.Item importItem(
      WxrFile.Item item,
      WxrFile wxr,
      Options options,
      Map<String, List<ImportedPost.Attachment>> attachments,
      Map<String, WxrFile.Item> attachmentsById,
      String position,
      String label) {
    if (!DIGITS.matcher(item.postId()).matches()) {
      throw new IllegalArgumentException(
          "wp:post_id '" + item.postId() + "' is missing or not a number");
    }
    String type = item.postType().isEmpty() ? "post" : item.postType();
    if (!type.equals("post")) {
      return skipped(position, label, "post type '" + type + "' is not imported");
    }
    ArticleStatus status;
    switch (item.status()) {
      case "publish" -> status = ArticleStatus.PUBLISHED;
      case "future" -> status = ArticleStatus.SCHEDULED;
      case "draft", "pending" -> status = ArticleStatus.DRAFT;
      case "private" -> {
        return skipped(position, label, "private post");
      }
      case "trash" -> {
        return skipped(position, label, "in the trash");
      }
      case "auto-draft" -> {
        return skipped(position, label, "auto-draft");
      }
      default ->
          throw new IllegalArgumentException("wp:status '" + item.status() + "' is not known");
    }
    Instant publishedAt = status == ArticleStatus.DRAFT ? null : date(item);
    List<String> categories = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    String firstCategorySlug = "";
    for (WxrFile.Category category : item.categories()) {
      if (category.domain().equals("category") && !category.name().isBlank()) {
        if (categories.isEmpty()) {
          firstCategorySlug = categorySlug(category);
        }
        categories.add(plain(category.name()));
      } else if (category.domain().equals("post_tag") && !category.name().isBlank()) {
        tags.add(plain(category.name()));
      }
    }
    String sectionSlug;
    String sectionName;
    List<String> tagNames = new ArrayList<>();
    if (options.categories() == Categories.SECTIONS && !categories.isEmpty()) {
      sectionSlug = firstCategorySlug;
      sectionName = categories.getFirst();
      tagNames.addAll(categories.subList(1, categories.size()));
    } else {
      sectionSlug =
          options.sectionSlug() == null || options.sectionSlug().isBlank()
              ? "uncategorized"
              : options.sectionSlug();
      sectionName = nameFromSlug(sectionSlug);
      if (options.categories() == Categories.TAGS) {
        tagNames.addAll(categories);
      }
    }
    tagNames.addAll(tags);
    String creator = item.creator();
    String author = wxr.authors().getOrDefault(creator, creator);
    LinkedHashSet<String> legacy = new LinkedHashSet<>();
    legacy.add(LegacyPaths.wordPressPost(item.postId()));
    LegacyPaths.ofUrl(item.link()).ifPresent(legacy::add);
    LegacyPaths.ofUrl(item.guid()).ifPresent(legacy::add);
    legacy.remove("/");
    List<String> notes = new ArrayList<>();
    String featuredUrl = "";
    String featuredAlt = "";
    String thumbnail = item.meta().getOrDefault("_thumbnail_id", "");
    if (!thumbnail.isEmpty() && options.attachmentsDir() != null) {
      WxrFile.Item featured = attachmentsById.get(thumbnail);
      if (featured == null || featured.attachmentUrl().isEmpty()) {
        notes.add("featured image: attachment " + thumbnail + " is not in the export");
      } else {
        featuredUrl = featured.attachmentUrl();
        featuredAlt = plain(featured.meta().getOrDefault("_wp_attachment_image_alt", ""));
      }
    }
    WordPressUploads.Brought brought =
        uploads.bring(
            Shortcodes.toHtml(item.content()), featuredUrl, featuredAlt, options.attachmentsDir());
    notes.addAll(brought.notes());
    ImportedPost post =
        new ImportedPost(
            KIND,
            item.postId(),
            item.link(),
            position,
            label,
            plain(item.title()),
            plain(item.excerpt()),
            brought.body(),
            status,
            publishedAt,
            sectionSlug,
            sectionName,
            author.isBlank() ? List.of() : List.of(author),
            List.copyOf(new LinkedHashSet<>(tagNames)),
            List.copyOf(legacy),
            attachments.getOrDefault(item.postId(), List.of()),
            brought.featuredImage(),
            brought.media());
    ImportReport.Item result = importer.importItem(post);
    // Reported when the post goes in; a post skipped as unchanged was reported on its first run.
    return result.outcome() == ImportReport.Outcome.IMPORTED
            || result.outcome() == ImportReport.Outcome.UPDATED
        ? result.noting(String.join("; ", notes))
        : result;
  }

  private static ImportReport.Item skipped(String position, String label, String reason) {
    return new ImportReport.Item(position, label, ImportReport.Outcome.SKIPPED, reason, 0);
  }

  // WordPress writes zeros for posts never published; post_date is then the site's local time.
  private static Instant date(WxrFile.Item item) {
    String gmt = item.postDateGmt();
    boolean gmtMissing = gmt.isEmpty() || gmt.startsWith("0000-00-00");
    String value = gmtMissing ? item.postDate() : gmt;
    if (value.isEmpty() || value.startsWith("0000-00-00")) {
      return null;
    }
    try {
      return LocalDateTime.parse(value, WORDPRESS_DATE).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          (gmtMissing ? "wp:post_date" : "wp:post_date_gmt")
              + " '"
              + value
              + "' is not a date like 2019-03-05 10:20:00");
    }
  }

  private static String categorySlug(WxrFile.Category category) {
    String decoded;
    try {
      decoded = URLDecoder.decode(category.nicename(), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      decoded = category.nicename();
    }
    String slug = Slug.from(decoded);
    return slug.isEmpty() ? Slug.from(category.name()) : slug;
  }

  private Map<String, List<ImportedPost.Attachment>> attachments(WxrFile wxr, Options options) {
    Map<String, List<ImportedPost.Attachment>> byParent = new HashMap<>();
    for (WxrFile.Item item : wxr.items()) {
      if (!item.postType().equals("attachment")
          || item.attachmentUrl().isEmpty()
          || !DIGITS.matcher(item.postParent()).matches()
          || item.postParent().equals("0")) {
        continue;
      }
      String url = item.attachmentUrl();
      byParent
          .computeIfAbsent(item.postParent(), parent -> new ArrayList<>())
          .add(new ImportedPost.Attachment(url, localCopy(url, options.attachmentsDir())));
    }
    return byParent;
  }

  /**
   * The local copy of an uploaded file: its path after {@code /uploads/} under the given folder,
   * never outside it. Nothing is fetched from the network.
   */
  static String localCopy(String url, Path dir) {
    if (dir == null) {
      return null;
    }
    try {
      String path = URI.create(url.strip().replace(" ", "%20")).getPath();
      if (path == null) {
        return null;
      }
      int uploads = path.indexOf("/uploads/");
      String relative = uploads >= 0 ? path.substring(uploads + "/uploads/".length()) : path;
      Path root = dir.toAbsolutePath().normalize();
      Path candidate = root.resolve(relative.replaceFirst("^/+", "")).normalize();
      return candidate.startsWith(root) && Files.isRegularFile(candidate)
          ? candidate.toString()
          : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Text as readers should see it: entities decoded, tags dropped, spaces collapsed. */
  static String plain(String text) {
    return text == null || text.isBlank() ? "" : Jsoup.parse(text).text().strip();
  }

  static String nameFromSlug(String slug) {
    String words = slug.replace('-', ' ');
    return words.isEmpty() ? slug : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
