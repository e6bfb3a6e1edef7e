package org.iskra.syndication;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.web.util.HtmlUtils;
import org.xml.sax.InputSource;

/**
 * Reads an RSS or Atom document into {@link FeedEntry}s with Rome, after {@link SafeXml} has
 * refused DOCTYPEs (external entities, expansion bombs) and malformed XML. Shared by the feed file
 * importer and partner-feed subscriptions. Stateless.
 */
final class FeedReader {

  private FeedReader() {}

  /**
   * The document's entries, in the feed's order.
   *
   * @param name what to call the document in errors (a file name, a feed's address)
   * @throws UnreadableText when it is not well-formed XML, declares a DOCTYPE or is not a feed
   */
  static List<FeedEntry> read(byte[] content, String name) {
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
    List<FeedEntry> entries = new ArrayList<>();
    for (SyndEntry entry : feed.getEntries()) {
      entries.add(entry(entry));
    }
    return entries;
  }

  private static FeedEntry entry(SyndEntry entry) {
    java.util.Date date =
        entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
    LinkedHashSet<String> authors = new LinkedHashSet<>();
    for (SyndPerson person : entry.getAuthors()) {
      if (person.getName() != null && !person.getName().isBlank()) {
        authors.add(WxrImporter.plain(person.getName()));
      }
    }
    if (authors.isEmpty() && entry.getAuthor() != null && !entry.getAuthor().isBlank()) {
      authors.add(WxrImporter.plain(entry.getAuthor()));
    }
    LinkedHashSet<String> categories = new LinkedHashSet<>();
    for (SyndCategory category : entry.getCategories()) {
      String name = WxrImporter.plain(category.getName());
      if (!name.isEmpty()) {
        categories.add(name);
      }
    }
    SyndContent content =
        entry.getContents().isEmpty() ? entry.getDescription() : entry.getContents().getFirst();
    String standfirst =
        entry.getContents().isEmpty() || entry.getDescription() == null
            ? ""
            : WxrImporter.plain(entry.getDescription().getValue());
    return new FeedEntry(
        entry.getUri() == null ? "" : entry.getUri().strip(),
        entry.getLink() == null ? "" : entry.getLink().strip(),
        WxrImporter.plain(entry.getTitle()),
        standfirst,
        html(content),
        List.copyOf(authors),
        List.copyOf(categories),
        date == null ? null : date.toInstant());
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
