package org.iskra.archive;

import static org.iskra.archive.WxrElements.category;
import static org.iskra.archive.WxrElements.cdata;
import static org.iskra.archive.WxrElements.meta;
import static org.iskra.archive.WxrElements.newline;
import static org.iskra.archive.WxrElements.plain;
import static org.iskra.archive.WxrElements.text;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.iskra.article.Article;
import org.iskra.article.ArticleCatalogue;
import org.iskra.article.ArticleView;
import org.iskra.author.Author;
import org.iskra.media.Media;
import org.iskra.media.MediaLibrary;
import org.iskra.publication.Publication;
import org.iskra.publication.PublicationProfile;
import org.iskra.publication.SiteSettings;
import org.iskra.section.Section;
import org.iskra.section.Sections;
import org.iskra.tag.Tag;
import org.iskra.tag.Tags;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Service;

/**
 * Writes every article as a WordPress export (WXR 1.2), which WordPress's importer (Tools → Import
 * → WordPress) and Iskra's own {@code import-wxr} read: the authors who sign articles, the sections
 * as categories and the tags as tags, every article as a post (its first author as {@code
 * dc:creator}, WordPress knows one author a post) and every image it shows as an attachment, the
 * featured one named by {@code _thumbnail_id}. Written with a streaming XML writer in two passes
 * over the store (taxonomy first, then items), so memory holds the taxonomy and one batch of
 * articles, never the whole export.
 */
@Service
public class WxrExporter {

  private static final String WP = WxrElements.WP;
  private static final String EXCERPT = "http://wordpress.org/export/1.2/excerpt/";
  private static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
  private static final String DC = "http://purl.org/dc/elements/1.1/";
  private static final String WFW = "http://wellformedweb.org/CommentAPI/";
  private static final DateTimeFormatter WP_DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
  private static final String NEVER = "0000-00-00 00:00:00";

  private final ArticleCatalogue catalogue;
  private final Sections sections;
  private final Tags tags;
  private final MediaLibrary media;
  private final PublicationProfile profile;
  private final SiteSettings site;
  private final Clock clock;

  WxrExporter(
      ArticleCatalogue catalogue,
      Sections sections,
      Tags tags,
      MediaLibrary media,
      PublicationProfile profile,
      SiteSettings site,
      Clock clock) {
    this.catalogue = catalogue;
    this.sections = sections;
    this.tags = tags;
    this.media = media;
    this.profile = profile;
    this.site = site;
    this.clock = clock;
  }

  /** What was written. */
  public record Written(long posts, long attachments, int authors, int categories, int tags) {}

  /** Everything the items refer to, gathered in the first pass. */
  private record Taxonomy(
      Map<Long, Author> authors,
      Map<Long, Tag> tags,
      Map<Long, Section> sections,
      Map<String, Long> imageOwners,
      long largestArticleId) {}

  /**
   * Writes the export to {@code target}, replacing a file of that name only once the new one is
   * complete.
   *
   * @throws ArchiveRefused when the file cannot be written
   */
  public Written export(Path target) {
    Path absolute = target.toAbsolutePath();
    Path partial = null;
    try {
      Files.createDirectories(absolute.getParent());
      partial = Files.createTempFile(absolute.getParent(), ".iskra-wxr-", ".partial");
      Written written;
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial))) {
        written = write(out);
      }
      Files.move(
          partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return written;
    } catch (IOException | XMLStreamException e) {
      throw ArchiveExporter.cannotWrite(target, e);
    } finally {
      if (partial != null) {
        try {
          Files.deleteIfExists(partial);
        } catch (IOException ignored) {
          // Only a temporary file is left behind; the target is untouched.
        }
      }
    }
  }

  /** Writes the whole document to {@code out}, which stays open. */
  Written write(OutputStream out) throws XMLStreamException {
    Taxonomy taxonomy = gather();
    Publication publication = profile.current();
    List<Section> allSections = sections.listAll();
    XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
    xml.writeStartDocument("UTF-8", "1.0");
    newline(xml, 0);
    xml.writeComment(
        " A WordPress eXtended RSS (WXR 1.2) export of "
            + plain(publication.name()).replace("--", "- -")
            + ", written by Iskra. Import it with Tools > Import > WordPress. ");
    newline(xml, 0);
    xml.setPrefix("excerpt", EXCERPT);
    xml.setPrefix("content", CONTENT);
    xml.setPrefix("wfw", WFW);
    xml.setPrefix("dc", DC);
    xml.setPrefix("wp", WP);
    xml.writeStartElement("rss");
    xml.writeAttribute("version", "2.0");
    xml.writeNamespace("excerpt", EXCERPT);
    xml.writeNamespace("content", CONTENT);
    xml.writeNamespace("wfw", WFW);
    xml.writeNamespace("dc", DC);
    xml.writeNamespace("wp", WP);
    newline(xml, 0);
    xml.writeStartElement("channel");
    text(xml, 1, null, "title", publication.name());
    text(xml, 1, null, "link", site.absolute("/"));
    text(xml, 1, null, "description", publication.tagline());
    text(xml, 1, null, "pubDate", rfc1123(clock.instant()));
    text(xml, 1, null, "language", publication.language());
    text(xml, 1, WP, "wxr_version", "1.2");
    text(xml, 1, WP, "base_site_url", site.absolute("/"));
    text(xml, 1, WP, "base_blog_url", site.absolute("/"));
    for (Author author : taxonomy.authors().values()) {
      newline(xml, 1);
      xml.writeStartElement(WP, "author");
      text(xml, 2, WP, "author_id", Long.toString(author.id()));
      cdata(xml, 2, WP, "author_login", author.slug());
      cdata(xml, 2, WP, "author_email", "");
      cdata(xml, 2, WP, "author_display_name", author.name());
      cdata(xml, 2, WP, "author_first_name", "");
      cdata(xml, 2, WP, "author_last_name", "");
      newline(xml, 1);
      xml.writeEndElement();
    }
    for (Section section : allSections) {
      newline(xml, 1);
      xml.writeStartElement(WP, "category");
      text(xml, 2, WP, "term_id", Long.toString(section.id()));
      cdata(xml, 2, WP, "category_nicename", section.slug());
      cdata(xml, 2, WP, "category_parent", "");
      cdata(xml, 2, WP, "cat_name", section.name());
      cdata(xml, 2, WP, "category_description", section.description());
      newline(xml, 1);
      xml.writeEndElement();
    }
    // Term ids are one sequence in WordPress: tags follow the sections.
    long tagTermOffset = allSections.stream().mapToLong(Section::id).max().orElse(0);
    for (Tag tag : taxonomy.tags().values()) {
      newline(xml, 1);
      xml.writeStartElement(WP, "tag");
      text(xml, 2, WP, "term_id", Long.toString(tagTermOffset + tag.id()));
      cdata(xml, 2, WP, "tag_slug", tag.slug());
      cdata(xml, 2, WP, "tag_name", tag.name());
      newline(xml, 1);
      xml.writeEndElement();
    }
    Map<Long, Section> sectionsById = new LinkedHashMap<>();
    allSections.forEach(s -> sectionsById.put(s.id(), s));
    long attachments = writeAttachments(xml, taxonomy, publication.zone());
    long posts = 0;
    long after = 0;
    List<ArticleView> batch;
    while (!(batch = catalogue.listAfter(after, ArticleCatalogue.MAX_BATCH)).isEmpty()) {
      for (ArticleView view : batch) {
        writePost(xml, view, taxonomy, publication.zone());
        posts++;
      }
      after = batch.getLast().article().id();
    }
    newline(xml, 0);
    xml.writeEndElement();
    newline(xml, 0);
    xml.writeEndElement();
    newline(xml, 0);
    xml.writeEndDocument();
    xml.flush();
    xml.close();
    return new Written(
        posts, attachments, taxonomy.authors().size(), allSections.size(), taxonomy.tags().size());
  }

  private Taxonomy gather() {
    Map<Long, Author> authors = new TreeMap<>();
    java.util.Set<Long> tagIds = new java.util.TreeSet<>();
    Map<String, Long> imageOwners = new LinkedHashMap<>();
    long largest = 0;
    long after = 0;
    List<ArticleView> batch;
    while (!(batch = catalogue.listAfter(after, ArticleCatalogue.MAX_BATCH)).isEmpty()) {
      for (ArticleView view : batch) {
        view.authors().forEach(a -> authors.putIfAbsent(a.id(), a));
        view.tags().forEach(t -> tagIds.add(t.id()));
        for (String key : imageKeys(view)) {
          imageOwners.putIfAbsent(key, view.article().id());
        }
        largest = Math.max(largest, view.article().id());
      }
      after = batch.getLast().article().id();
    }
    // A WordPress term has one name: each topic's in the publication's language, as its sections'
    // (an article's view names them in the article's own language).
    Map<Long, Tag> named = new TreeMap<>();
    tags.listByIds(tagIds).forEach(t -> named.put(t.id(), t));
    Map<Long, Section> byId = new TreeMap<>();
    sections.listAll().forEach(section -> byId.put(section.id(), section));
    return new Taxonomy(authors, named, byId, imageOwners, largest);
  }

  /** The featured image first, then the images of the body, by their library key. */
  private static Set<String> imageKeys(ArticleView view) {
    Set<String> keys = new LinkedHashSet<>();
    if (view.article().featuredImage() != null) {
      keys.add(view.article().featuredImage());
    }
    String body = view.article().body();
    if (body.contains("/media/")) {
      for (Element img : Jsoup.parseBodyFragment(body).select("img[src^=/media/]")) {
        String[] parts = img.attr("src").split("/");
        if (parts.length >= 4) {
          keys.add(parts[2]);
        }
      }
    }
    return keys;
  }

  /** Attachments are numbered after the largest article id, so no two items share a post id. */
  private static long attachmentId(Taxonomy taxonomy, Media image) {
    return taxonomy.largestArticleId() + image.id();
  }

  private long writeAttachments(XMLStreamWriter xml, Taxonomy taxonomy, ZoneId zone)
      throws XMLStreamException {
    long written = 0;
    List<String> keys = new ArrayList<>(taxonomy.imageOwners().keySet());
    for (int from = 0; from < keys.size(); from += ArticleCatalogue.MAX_BATCH) {
      List<String> chunk =
          keys.subList(from, Math.min(keys.size(), from + ArticleCatalogue.MAX_BATCH));
      for (Media image : media.listByKeys(chunk)) {
        String url = site.absolute(image.largestSrc());
        newline(xml, 1);
        xml.writeStartElement("item");
        text(
            xml,
            2,
            null,
            "title",
            image.originalName().isEmpty() ? image.key() : image.originalName());
        text(xml, 2, null, "link", url);
        text(xml, 2, null, "pubDate", rfc1123(image.createdAt()));
        cdata(xml, 2, DC, "creator", "");
        newline(xml, 2);
        xml.writeStartElement("guid");
        xml.writeAttribute("isPermaLink", "false");
        xml.writeCharacters(url);
        xml.writeEndElement();
        text(xml, 2, null, "description", "");
        cdata(xml, 2, CONTENT, "encoded", image.caption());
        cdata(xml, 2, EXCERPT, "encoded", image.caption());
        text(xml, 2, WP, "post_id", Long.toString(attachmentId(taxonomy, image)));
        cdata(xml, 2, WP, "post_date", local(image.createdAt(), zone));
        cdata(xml, 2, WP, "post_date_gmt", gmt(image.createdAt()));
        cdata(xml, 2, WP, "comment_status", "closed");
        cdata(xml, 2, WP, "ping_status", "closed");
        cdata(xml, 2, WP, "post_name", image.key());
        cdata(xml, 2, WP, "status", "inherit");
        text(xml, 2, WP, "post_parent", Long.toString(taxonomy.imageOwners().get(image.key())));
        text(xml, 2, WP, "menu_order", "0");
        cdata(xml, 2, WP, "post_type", "attachment");
        cdata(xml, 2, WP, "post_password", "");
        text(xml, 2, WP, "is_sticky", "0");
        cdata(xml, 2, WP, "attachment_url", url);
        meta(xml, "_wp_attachment_image_alt", image.altText());
        newline(xml, 1);
        xml.writeEndElement();
        written++;
      }
    }
    return written;
  }

  private void writePost(XMLStreamWriter xml, ArticleView view, Taxonomy taxonomy, ZoneId zone)
      throws XMLStreamException {
    Article article = view.article();
    String link = site.absolute(view.path());
    Instant date = article.publishedAt() != null ? article.publishedAt() : article.createdAt();
    newline(xml, 1);
    xml.writeStartElement("item");
    text(xml, 2, null, "title", article.title());
    text(xml, 2, null, "link", link);
    text(xml, 2, null, "pubDate", rfc1123(date));
    cdata(xml, 2, DC, "creator", view.authors().isEmpty() ? "" : view.authors().getFirst().slug());
    newline(xml, 2);
    xml.writeStartElement("guid");
    xml.writeAttribute("isPermaLink", "false");
    xml.writeCharacters("urn:uuid:" + article.uid());
    xml.writeEndElement();
    text(xml, 2, null, "description", "");
    cdata(xml, 2, CONTENT, "encoded", absoluteAddresses(article.body()));
    // WordPress shows an excerpt as HTML: a standfirst's "<" and "&" are text.
    cdata(xml, 2, EXCERPT, "encoded", org.jsoup.nodes.Entities.escape(article.standfirst()));
    text(xml, 2, WP, "post_id", Long.toString(article.id()));
    cdata(xml, 2, WP, "post_date", local(date, zone));
    cdata(xml, 2, WP, "post_date_gmt", article.publishedAt() == null ? NEVER : gmt(date));
    cdata(xml, 2, WP, "post_modified", local(article.updatedAt(), zone));
    cdata(xml, 2, WP, "post_modified_gmt", gmt(article.updatedAt()));
    cdata(xml, 2, WP, "comment_status", "closed");
    cdata(xml, 2, WP, "ping_status", "closed");
    cdata(xml, 2, WP, "post_name", article.slug());
    cdata(xml, 2, WP, "status", status(article));
    text(xml, 2, WP, "post_parent", "0");
    text(xml, 2, WP, "menu_order", "0");
    cdata(xml, 2, WP, "post_type", "post");
    cdata(xml, 2, WP, "post_password", "");
    text(xml, 2, WP, "is_sticky", "0");
    Section section = taxonomy.sections().getOrDefault(article.sectionId(), view.section());
    category(xml, "category", section.slug(), section.name());
    for (Tag shown : view.tags()) {
      Tag tag = taxonomy.tags().getOrDefault(shown.id(), shown);
      category(xml, "post_tag", tag.slug(), tag.name());
    }
    if (article.featuredImage() != null && view.featuredImage() != null) {
      meta(xml, "_thumbnail_id", Long.toString(attachmentId(taxonomy, view.featuredImage())));
    }
    meta(xml, "_iskra_uid", article.uid());
    meta(xml, "_iskra_language", article.language());
    if (view.authors().size() > 1) {
      meta(
          xml,
          "_iskra_authors",
          String.join(", ", view.authors().stream().map(Author::name).toList()));
    }
    newline(xml, 1);
    xml.writeEndElement();
  }

  /**
   * WordPress's statuses: an unpublished article becomes a draft (WordPress has no "withdrawn"), a
   * trashed one {@code trash}.
   */
  private static String status(Article article) {
    if (article.isTrashed()) {
      return "trash";
    }
    return switch (article.status()) {
      case PUBLISHED -> "publish";
      case SCHEDULED -> "future";
      case DRAFT, UNPUBLISHED -> "draft";
    };
  }

  /** Site-relative addresses ({@code /media/…}, links to other articles) made absolute. */
  private String absoluteAddresses(String body) {
    if (!body.contains("=\"/")) {
      return body;
    }
    Document document = Jsoup.parseBodyFragment(body);
    document.outputSettings().prettyPrint(false);
    for (Element element : document.body().select("[src^=/], [href^=/], [srcset]")) {
      for (String attribute : List.of("src", "href")) {
        String value = element.attr(attribute);
        if (value.startsWith("/") && !value.startsWith("//")) {
          element.attr(attribute, site.absolute(value));
        }
      }
      if (element.hasAttr("srcset")) {
        List<String> candidates = new ArrayList<>();
        for (String candidate : element.attr("srcset").split(",")) {
          String trimmed = candidate.strip();
          candidates.add(
              trimmed.startsWith("/") && !trimmed.startsWith("//")
                  ? site.absolute(trimmed)
                  : trimmed);
        }
        element.attr("srcset", String.join(", ", candidates));
      }
    }
    return document.body().html();
  }

  private static String local(Instant instant, ZoneId zone) {
    return WP_DATE.format(instant.atZone(zone));
  }

  private static String gmt(Instant instant) {
    return WP_DATE.format(instant.atOffset(ZoneOffset.UTC));
  }

  private static String rfc1123(Instant instant) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
  }
}
