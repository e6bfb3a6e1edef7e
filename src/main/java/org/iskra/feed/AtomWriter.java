package org.iskra.feed;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.jdom2.Element;

/**
 * Writes a {@link Feed} as Atom 1.0 with Rome: RFC 3339 dates, the article's uid as the entry id,
 * the publication as the feed's author for entries without a byline (Atom requires one), the
 * featured image as a {@code rel="enclosure"} link.
 */
final class AtomWriter {

  private AtomWriter() {}

  static String write(Feed feed) {
    com.rometools.rome.feed.atom.Feed atom = new com.rometools.rome.feed.atom.Feed("atom_1.0");
    atom.setId(feed.feedUrl());
    atom.setTitle(feed.title());
    atom.setSubtitle(text(Content.TEXT, feed.description()));
    atom.setLanguage(feed.language());
    // An empty feed has changed last when... never; the epoch keeps the required element valid.
    atom.setUpdated(date(feed.updated() == null ? Instant.EPOCH : feed.updated()));
    atom.setAlternateLinks(List.of(link("alternate", feed.pageUrl(), "text/html", 0)));
    atom.setOtherLinks(List.of(link("self", feed.feedUrl(), "application/atom+xml", 0)));
    atom.setAuthors(List.of(person(feed.publisher(), feed.publisherUrl())));
    atom.setEntries(feed.items().stream().map(AtomWriter::entry).toList());
    try {
      return FeedXml.write(atom, AtomWriter::bodies);
    } catch (FeedException e) {
      throw new IllegalStateException("Atom feed " + feed.feedUrl() + " cannot be written", e);
    }
  }

  /** Each entry's {@code content}, which holds the article's HTML. */
  private static List<Element> bodies(Element feed) {
    List<Element> bodies = new ArrayList<>();
    for (Element entry : feed.getChildren("entry", feed.getNamespace())) {
      Element content = entry.getChild("content", feed.getNamespace());
      if (content != null && Content.HTML.equals(content.getAttributeValue("type"))) {
        bodies.add(content);
      }
    }
    return bodies;
  }

  private static Entry entry(Feed.Item item) {
    Entry entry = new Entry();
    entry.setId(item.id());
    entry.setTitleEx(text(Content.TEXT, item.title()));
    entry.setAlternateLinks(List.of(link("alternate", item.url(), "text/html", 0)));
    if (item.image() != null) {
      entry.setOtherLinks(
          List.of(
              link("enclosure", item.image().url(), item.image().type(), item.image().length())));
    }
    entry.setPublished(date(item.published()));
    entry.setUpdated(date(item.modified()));
    List<SyndPerson> authors = new ArrayList<>();
    for (Feed.Person author : item.authors()) {
      authors.add(person(author.name(), author.url()));
    }
    entry.setAuthors(authors);
    List<Category> categories = new ArrayList<>();
    for (Feed.Category category : item.categories()) {
      Category atom = new Category();
      atom.setTerm(category.name());
      atom.setLabel(category.name());
      atom.setScheme(category.url());
      categories.add(atom);
    }
    entry.setCategories(categories);
    if (!item.summary().isEmpty()) {
      entry.setSummary(text(Content.TEXT, item.summary()));
    }
    if (item.contentHtml() != null) {
      entry.setContents(List.of(text(Content.HTML, item.contentHtml())));
    }
    return entry;
  }

  private static Content text(String type, String value) {
    Content content = new Content();
    content.setType(type);
    content.setValue(value);
    return content;
  }

  private static Link link(String rel, String href, String type, long length) {
    Link link = new Link();
    link.setRel(rel);
    link.setHref(href);
    link.setType(type);
    link.setLength(length);
    return link;
  }

  private static Person person(String name, String url) {
    Person person = new Person();
    person.setName(name);
    person.setUri(url);
    return person;
  }

  private static Date date(Instant instant) {
    return Date.from(instant);
  }
}
