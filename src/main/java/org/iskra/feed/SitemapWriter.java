package org.iskra.feed;

import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the XML of sitemaps (https://www.sitemaps.org/protocol.html) and Google News sitemaps with
 * StAX, which escapes every text and attribute. Not thread-safe: one per document.
 */
final class SitemapWriter {

  static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
  static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";

  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

  private final StringWriter out = new StringWriter();
  private final XMLStreamWriter xml;
  private final ZoneId zone;

  private SitemapWriter(String root, boolean news, ZoneId zone) {
    this.zone = zone;
    try {
      xml = FACTORY.createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement(root);
      xml.writeDefaultNamespace(SITEMAP_NS);
      if (news) {
        xml.writeNamespace("news", NEWS_NS);
      }
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A {@code <sitemapindex>}. */
  static SitemapWriter index(ZoneId zone) {
    return new SitemapWriter("sitemapindex", false, zone);
  }

  /** A {@code <urlset>}, with the news namespace when {@code news}. */
  static SitemapWriter urlset(boolean news, ZoneId zone) {
    return new SitemapWriter("urlset", news, zone);
  }

  /** A {@code <sitemap>} of an index; {@code lastModified} may be null. */
  SitemapWriter sitemap(String loc, Instant lastModified) {
    try {
      xml.writeStartElement("sitemap");
      element("loc", loc);
      if (lastModified != null) {
        element("lastmod", date(lastModified));
      }
      xml.writeEndElement();
      return this;
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A {@code <url>}; {@code lastModified} may be null. */
  SitemapWriter url(String loc, Instant lastModified) {
    try {
      xml.writeStartElement("url");
      element("loc", loc);
      if (lastModified != null) {
        element("lastmod", date(lastModified));
      }
      xml.writeEndElement();
      return this;
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A {@code <url>} with its {@code <news:news>}. */
  SitemapWriter newsUrl(
      String loc, String publication, String language, Instant published, String title) {
    try {
      xml.writeStartElement("url");
      element("loc", loc);
      xml.writeStartElement(NEWS_NS, "news");
      xml.writeStartElement(NEWS_NS, "publication");
      xml.writeStartElement(NEWS_NS, "name");
      xml.writeCharacters(publication);
      xml.writeEndElement();
      xml.writeStartElement(NEWS_NS, "language");
      xml.writeCharacters(language);
      xml.writeEndElement();
      xml.writeEndElement();
      xml.writeStartElement(NEWS_NS, "publication_date");
      xml.writeCharacters(date(published));
      xml.writeEndElement();
      xml.writeStartElement(NEWS_NS, "title");
      xml.writeCharacters(title);
      xml.writeEndElement();
      xml.writeEndElement();
      xml.writeEndElement();
      return this;
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  String finish() {
    try {
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
      return out.toString();
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  private void element(String name, String text) throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(text);
    xml.writeEndElement();
  }

  /** W3C datetime with the publication's offset, to the second. */
  private String date(Instant instant) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
        instant.truncatedTo(ChronoUnit.SECONDS).atZone(zone));
  }
}
