package org.iskra.feed;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.module.DCModuleImpl;
import com.rometools.rome.feed.module.Module;
import com.rometools.rome.feed.rss.Category;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Content;
import com.rometools.rome.feed.rss.Description;
import com.rometools.rome.feed.rss.Enclosure;
import com.rometools.rome.feed.rss.Guid;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.FeedException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes a {@link Feed} as RSS 2.0 with Rome: dates in RFC 822, the article's uid as a guid that is
 * not a permalink, bylines as {@code dc:creator}, the body as {@code content:encoded}, the featured
 * image as an enclosure.
 */
final class RssWriter {

  private static final Namespace ATOM =
      Namespace.getNamespace("atom", "http://www.w3.org/2005/Atom");

  private static final Namespace CONTENT =
      Namespace.getNamespace("content", "http://purl.org/rss/1.0/modules/content/");

  private RssWriter() {}

  static String write(Feed feed) {
    Channel channel = new Channel("rss_2.0");
    channel.setTitle(feed.title());
    channel.setLink(feed.pageUrl());
    channel.setDescription(feed.description());
    channel.setLanguage(feed.language());
    channel.setGenerator("Iskra");
    channel.setLastBuildDate(date(feed.updated()));
    channel.setPubDate(date(feed.updated()));
    // The feed's own address, which RSS itself cannot say (recommended by the RSS Advisory Board).
    Element self = new Element("link", ATOM);
    self.setAttribute("href", feed.feedUrl());
    self.setAttribute("rel", "self");
    self.setAttribute("type", "application/rss+xml");
    channel.setForeignMarkup(new ArrayList<>(List.of(self)));
    channel.setItems(feed.items().stream().map(RssWriter::item).toList());
    try {
      return FeedXml.write(channel, RssWriter::bodies);
    } catch (FeedException e) {
      throw new IllegalStateException("RSS feed " + feed.feedUrl() + " cannot be written", e);
    }
  }

  /** Each item's {@code content:encoded}, which holds the article's HTML. */
  private static List<Element> bodies(Element rss) {
    List<Element> bodies = new ArrayList<>();
    Element channel = rss.getChild("channel");
    for (Element item : channel.getChildren("item")) {
      Element encoded = item.getChild("encoded", CONTENT);
      if (encoded != null) {
        bodies.add(encoded);
      }
    }
    return bodies;
  }

  private static Item item(Feed.Item entry) {
    Item item = new Item();
    item.setTitle(entry.title());
    item.setLink(entry.url());
    Guid guid = new Guid();
    guid.setValue(entry.id());
    guid.setPermaLink(false);
    item.setGuid(guid);
    // RSS descriptions are HTML; the teaser is plain text, so it is escaped once for HTML here
    // and once more for XML by Rome.
    Description description = new Description();
    // Only the characters HTML needs escaped: the document is UTF-8, so "ú" stays "ú".
    description.setValue(HtmlUtils.htmlEscape(entry.summary(), "UTF-8"));
    item.setDescription(description);
    if (entry.contentHtml() != null) {
      Content content = new Content();
      content.setType(Content.HTML);
      content.setValue(entry.contentHtml());
      item.setContent(content);
    }
    item.setPubDate(date(entry.published()));
    List<Category> categories = new ArrayList<>();
    for (Feed.Category category : entry.categories()) {
      Category rss = new Category();
      rss.setDomain(category.url());
      rss.setValue(category.name());
      categories.add(rss);
    }
    item.setCategories(categories);
    if (entry.image() != null) {
      Enclosure enclosure = new Enclosure();
      enclosure.setUrl(entry.image().url());
      enclosure.setType(entry.image().type());
      enclosure.setLength(entry.image().length());
      item.setEnclosures(List.of(enclosure));
    }
    if (!entry.authors().isEmpty()) {
      // RSS's own <author> must be an e-mail address; Dublin Core names the people instead.
      DCModule dc = new DCModuleImpl();
      dc.setCreators(entry.authors().stream().map(Feed.Person::name).toList());
      List<Module> modules = new ArrayList<>(item.getModules());
      modules.add(dc);
      item.setModules(modules);
    }
    return item;
  }

  private static Date date(Instant instant) {
    return instant == null ? null : Date.from(instant);
  }
}
