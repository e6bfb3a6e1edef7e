package org.iskra.syndication;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.iskra.article.ArticleStatus;
import org.springframework.stereotype.Service;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Imports an RSS (0.9x, 1.0, 2.0), Atom (0.3, 1.0) or JSON Feed (1.0, 1.1) file, once: every entry
 * becomes a published article with its title, date, author, categories (as tags) and content (or
 * description); its link redirects to the article. Entries are told apart by GUID and by link,
 * within the file and across runs, so importing the feed again adds only what is new. A date that
 * cannot be read leaves the article dated now, and the report says so for that entry.
 */
@Service
public class FeedFileImporter {

  static final String KIND = "feed";

  private static final String SYNDICATION_MODULE = "http://purl.org/rss/1.0/modules/syndication/";

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
   * @throws UnreadableText when the file is missing, too large, not well-formed, declares entities
   *     in a DOCTYPE or is not a feed; nothing is imported then
   */
  public ImportReport importFile(Path file, String sectionSlug) {
    String name = file.getFileName().toString();
    List<FeedEntry> entries = read(files.read(file), name, sectionSlug);
    List<ImportReport.Item> results = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    int number = 0;
    for (FeedEntry entry : entries) {
      number++;
      ImportedPost post = entry.post();
      String guid = entry.guid();
      String link = entry.link();
      Integer earlier = guid.isEmpty() ? null : seen.get("guid " + guid);
      if (earlier == null && !link.isEmpty()) {
        earlier = seen.get("link " + link);
      }
      if (earlier != null) {
        results.add(
            new ImportReport.Item(
                post.position(),
                post.label(),
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
        ImportReport.Item result = importer.importItem(post);
        results.add(entry.note().isEmpty() ? result : result.noting(entry.note()));
      } catch (IllegalArgumentException e) {
        results.add(
            new ImportReport.Item(
                post.position(), post.label(), ImportReport.Outcome.FAILED, e.getMessage(), 0));
      }
    }
    return new ImportReport(name, results);
  }

  /**
   * Reads a feed file and maps every entry, storing nothing: a JSON Feed when the content is a JSON
   * object, else RSS or Atom.
   *
   * @throws UnreadableText when the content is not well-formed, declares entities in a DOCTYPE or
   *     is not a feed, naming the line where it can
   */
  static List<FeedEntry> read(byte[] content, String name, String sectionSlug) {
    if (JsonFeedFile.looksLikeJson(content)) {
      return JsonFeedFile.read(content, name, sectionSlug);
    }
    boolean doctype = SafeXml.check(content, name);
    SyndFeed feed;
    try {
      feed = build(content, doctype);
    } catch (FeedException | IllegalArgumentException e) {
      // Rome refuses a whole feed over a bad hint to aggregators on the channel
      // (<sy:updatePeriod>rdfupdate</sy:updatePeriod>, <skipDays><day>1</day></skipDays>),
      // which an import never uses: drop the hints and try once more.
      byte[] withoutHints =
          SafeXml.without(
              content,
              name,
              element ->
                  element.getNamespaceURI().equals(SYNDICATION_MODULE)
                      || element.getLocalPart().equals("skipDays")
                      || element.getLocalPart().equals("skipHours"));
      try {
        feed = withoutHints == null ? null : build(withoutHints, doctype);
      } catch (FeedException | IllegalArgumentException again) {
        feed = null;
      }
      if (feed == null) {
        throw new UnreadableText(
            name
                + ": not an RSS, Atom or JSON feed ("
                + e.getMessage()
                + "); nothing was imported");
      }
    }
    List<FeedDates.Written> dates = FeedDates.written(content, name);
    boolean datesAligned = dates.size() == feed.getEntries().size();
    List<FeedEntry> entries = new ArrayList<>();
    int number = 0;
    for (SyndEntry entry : feed.getEntries()) {
      number++;
      entries.add(
          entry(
              entry,
              number,
              sectionSlug,
              feed.getLink(),
              feed.getFeedType(),
              datesAligned ? dates.get(number - 1) : FeedDates.Written.NONE));
    }
    return entries;
  }

  private static SyndFeed build(byte[] content, boolean doctype) throws FeedException {
    // Parsed here, not by Rome: Rome's own parser setting that refuses DOCTYPEs outlives the
    // SyndFeedInput that set it (it sticks to a parser factory shared by the whole JVM), so one
    // import with it on would refuse every later Netscape RSS 0.91 feed. A factory of our own,
    // made for this document, is configured completely every time.
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setCoalescing(true);
    factory.setExpandEntityReferences(false);
    factory.setXIncludeAware(false);
    org.w3c.dom.Document document;
    try {
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      // SafeXml refused every DOCTYPE with an internal subset (entities) already; a plain
      // DOCTYPE naming an external DTD (Netscape's RSS 0.91) is let through and never read.
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", !doctype);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
      builder.setErrorHandler(null);
      document = builder.parse(new InputSource(new ByteArrayInputStream(content)));
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new FeedException("Invalid XML: " + e.getMessage(), e);
    }
    return new SyndFeedInput().build(document);
  }

  /**
   * Maps one Rome entry.
   *
   * @param feedLink the feed's own link, against which relative addresses are resolved, or null
   * @param feedType Rome's name of the feed's format, e.g. {@code rss_1.0} or {@code atom_1.0}
   * @param written the entry's date as written in the file, or {@link FeedDates.Written#NONE}
   */
  static FeedEntry entry(
      SyndEntry entry,
      int number,
      String sectionSlug,
      String feedLink,
      String feedType,
      FeedDates.Written written) {
    String position = "entry " + number;
    String title =
        FeedText.title(
            entry.getTitle(), entry.getTitleEx() == null ? null : entry.getTitleEx().getType());
    String label = "entry \"" + title + "\"";
    String guid = entry.getUri() == null ? "" : entry.getUri().strip();
    String link = FeedText.absolute(link(entry), feedLink);
    // RSS says nothing of markup in descriptions, and Rome calls RSS 0.9x and 1.0 ones plain
    // text; every reader and publisher treats them as HTML, as gofeed does.
    boolean rss = feedType != null && feedType.startsWith("rss");
    java.util.Date date =
        entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
    Instant publishedAt = date == null ? null : date.toInstant();
    String note = "";
    if (publishedAt == null && !written.text().isEmpty()) {
      publishedAt = FeedDates.parse(written.text()).orElse(null);
      if (publishedAt == null) {
        note = FeedDates.unreadable(written);
      }
    }
    LinkedHashSet<String> authors = new LinkedHashSet<>();
    for (SyndPerson person : entry.getAuthors()) {
      FeedText.byline(person.getName()).ifPresent(authors::add);
    }
    if (authors.isEmpty()) {
      FeedText.byline(entry.getAuthor()).ifPresent(authors::add);
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
            : FeedText.plain(
                entry.getDescription().getValue(), rss ? null : entry.getDescription().getType());
    String base = link.isEmpty() ? feedLink : link;
    List<ImportedPost.Attachment> enclosures = new ArrayList<>();
    for (SyndEnclosure enclosure : entry.getEnclosures()) {
      String url = FeedText.absolute(enclosure.getUrl(), base);
      if (!url.isEmpty()) {
        enclosures.add(new ImportedPost.Attachment(url, null));
      }
    }
    ImportedPost post =
        new ImportedPost(
            KIND,
            guid.isEmpty() ? link : guid,
            link,
            position,
            label,
            title,
            standfirst,
            content == null
                ? ""
                : FeedText.body(content.getValue(), rss ? null : content.getType(), base),
            ArticleStatus.PUBLISHED,
            publishedAt,
            sectionSlug,
            WxrImporter.nameFromSlug(sectionSlug),
            List.copyOf(authors),
            tags,
            LegacyPaths.ofUrl(link).filter(path -> !path.equals("/")).stream().toList(),
            enclosures);
    return new FeedEntry(guid, link, post, note);
  }

  // Rome's link, else the first link without a relation or with "alternate" (Atom 0.3 feeds
  // often leave out the relation that Atom 1.0 makes optional).
  private static String link(SyndEntry entry) {
    if (entry.getLink() != null && !entry.getLink().isBlank()) {
      return entry.getLink().strip();
    }
    for (com.rometools.rome.feed.synd.SyndLink link : entry.getLinks()) {
      if ((link.getRel() == null || link.getRel().equals("alternate")) && link.getHref() != null) {
        return link.getHref().strip();
      }
    }
    return "";
  }
}
