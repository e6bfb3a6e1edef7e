package org.iskra.syndication;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.iskra.article.ArticleStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;
import org.xml.sax.InputSource;

/**
 * Imports an RSS or Atom feed saved to a file, once: every entry becomes a published article with
 * its title, date, author, categories (as tags) and content (or description); its link redirects to
 * the article. Entries are told apart by GUID and by link, within the file and across runs, so
 * importing the feed again adds only what is new. A broken date leaves the article dated now.
 */
@Service
public class FeedFileImporter {

  static final String KIND = "feed";

  private final ItemImporter importer;
  private final SourceFiles files;

  FeedFileImporter(ItemImporter importer, SourceFiles files) {
    this.importer = importer;
    this.files = files;
  }

  /**
   * Imports the feed.
   *
   * @param sectionSlug the section of every entry; created, named after the slug, if missing
   * @throws UnreadableText when the file is missing, too large, not well-formed XML, declares a
   *     DOCTYPE or is not a feed; nothing is imported then
   */
  public ImportReport importFile(Path file, String sectionSlug) {
    String name = file.getFileName().toString();
    byte[] content = files.read(file);
    SafeXml.check(content, name);
    SyndFeed feed;
    try {
      SyndFeedInput input = new SyndFeedInput();
      // Belt and braces: SafeXml refused DOCTYPEs already; Rome's parser must never read one.
      input.setAllowDoctypes(false);
      input.setXmlHealerOn(false);
      feed = input.build(new InputSource(new ByteArrayInputStream(content)));
    } catch (FeedException | IllegalArgumentException e) {
      throw new UnreadableText(
          name + ": not an RSS or Atom feed (" + e.getMessage() + "); nothing was imported");
    }
    List<ImportReport.Item> results = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    int number = 0;
    for (SyndEntry entry : feed.getEntries()) {
      number++;
      String position = "entry " + number;
      String title = WxrImporter.plain(entry.getTitle());
      String label = "entry \"" + title + "\"";
      String link = entry.getLink() == null ? "" : entry.getLink().strip();
      String guid = entry.getUri() == null ? "" : entry.getUri().strip();
      Integer earlier = guid.isEmpty() ? null : seen.get("guid " + guid);
      if (earlier == null && !link.isEmpty()) {
        earlier = seen.get("link " + link);
      }
      if (earlier != null) {
        results.add(
            new ImportReport.Item(
                position,
                label,
                ImportReport.Outcome.SKIPPED,
                "the same entry as entry " + earlier + " (GUID or link)",
                0));
        continue;
      }
      if (!guid.isEmpty()) {
        seen.put("guid " + guid, number);
      }
      if (!link.isEmpty()) {
        seen.put("link " + link, number);
      }
      try {
        if (guid.isEmpty() && link.isEmpty()) {
          throw new IllegalArgumentException("the entry has neither a GUID nor a link");
        }
        results.add(
            importer.importItem(post(entry, guid, link, title, position, label, sectionSlug)));
      } catch (IllegalArgumentException e) {
        results.add(
            new ImportReport.Item(position, label, ImportReport.Outcome.FAILED, e.getMessage(), 0));
      }
    }
    return new ImportReport(name, results);
  }

  private static ImportedPost post(
      SyndEntry entry,
      String guid,
      String link,
      String title,
      String position,
      String label,
      String sectionSlug) {
    java.util.Date date =
        entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
    Instant publishedAt = date == null ? null : date.toInstant();
    LinkedHashSet<String> authors = new LinkedHashSet<>();
    for (SyndPerson person : entry.getAuthors()) {
      if (person.getName() != null && !person.getName().isBlank()) {
        authors.add(WxrImporter.plain(person.getName()));
      }
    }
    if (authors.isEmpty() && entry.getAuthor() != null && !entry.getAuthor().isBlank()) {
      authors.add(WxrImporter.plain(entry.getAuthor()));
    }
    List<String> tags = new ArrayList<>();
    for (SyndCategory category : entry.getCategories()) {
      String tag = WxrImporter.plain(category.getName());
      if (!tag.isEmpty() && !tags.contains(tag)) {
        tags.add(tag);
      }
    }
    SyndContent content =
        entry.getContents().isEmpty() ? entry.getDescription() : entry.getContents().getFirst();
    String standfirst =
        entry.getContents().isEmpty() || entry.getDescription() == null
            ? ""
            : WxrImporter.plain(entry.getDescription().getValue());
    return new ImportedPost(
        KIND,
        guid.isEmpty() ? link : guid,
        link,
        position,
        label,
        title,
        standfirst,
        html(content),
        ArticleStatus.PUBLISHED,
        publishedAt,
        sectionSlug,
        WxrImporter.nameFromSlug(sectionSlug),
        List.copyOf(authors),
        tags,
        LegacyPaths.ofUrl(link).filter(path -> !path.equals("/")).stream().toList(),
        List.of());
  }

  private static String html(SyndContent content) {
    if (content == null || content.getValue() == null) {
      return "";
    }
    String type = content.getType() == null ? "html" : content.getType();
    if (type.equals("text") || type.equals("text/plain")) {
      return "<p>" + HtmlUtils.htmlEscape(content.getValue().strip()) + "</p>";
    }
    return Shortcodes.toHtml(content.getValue());
  }
}
