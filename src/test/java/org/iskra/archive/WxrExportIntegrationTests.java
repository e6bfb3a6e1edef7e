package org.iskra.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.iskra.article.Article;
import org.iskra.article.ArticleCatalogue;
import org.iskra.article.ArticlePublisher;
import org.iskra.article.ArticleStatus;
import org.iskra.article.ArticleView;
import org.iskra.article.Manuscript;
import org.iskra.author.Author;
import org.iskra.author.Authors;
import org.iskra.media.Media;
import org.iskra.media.MediaLibrary;
import org.iskra.section.Section;
import org.iskra.section.Sections;
import org.iskra.store.TestDatabases;
import org.iskra.syndication.ImportReport;
import org.iskra.syndication.WxrImporter;
import org.iskra.tag.Tag;
import org.iskra.tag.Tags;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The WordPress export: the demo publication, plus an article in Russian whose body holds {@code
 * ]]>} and an image, written as WXR 1.2, read back as WordPress's importer reads it (the elements
 * and namespaces its parser looks for) and imported by Iskra's own WXR importer into an empty
 * instance, where every article must come back with its title, date, section, tags, author and
 * text.
 */
abstract class WxrExportIntegrationTests {

  static final String WP = "http://wordpress.org/export/1.2/";
  static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
  static final String EXCERPT = "http://wordpress.org/export/1.2/excerpt/";
  static final String DC = "http://purl.org/dc/elements/1.1/";
  static final String TRICKY_BODY =
      "<p>Рабочие «Путиловского завода» — 1917. Code: <code>a]]&gt;b</code> and ]]&gt; plain.</p>";

  @TempDir Path dir;

  abstract TestDatabases.Kind kind();

  @Test
  void theDemoTravelsToWordPressAndBackWithItsTitlesDatesTaxonomyAuthorsAndText() throws Exception {
    Path export = dir.resolve("wordpress.xml");
    List<ArticleView> originals = new ArrayList<>();
    Map<Long, Section> defaultSections = new HashMap<>();
    Map<Long, Tag> defaultTags = new HashMap<>();
    Map<String, String> properties = ArchiveRoundTripIntegrationTests.instance(kind());
    try (ConfigurableApplicationContext site =
        ArchiveRoundTripIntegrationTests.start(properties, false)) {
      addARussianArticleWithAnImage(site);
      ArticleCatalogue catalogue = site.getBean(ArticleCatalogue.class);
      originals.addAll(catalogue.listAfter(0, ArticleCatalogue.MAX_BATCH));
      // WordPress terms have one name: the publication language's, whatever the article's.
      site.getBean(Sections.class).listAll().forEach(s -> defaultSections.put(s.id(), s));
      originals.forEach(
          v ->
              site.getBean(org.iskra.tag.Tags.class)
                  .listByIds(v.article().tagIds())
                  .forEach(t -> defaultTags.put(t.id(), t)));
      WxrExporter.Written written = site.getBean(WxrExporter.class).export(export);
      assertThat(written.posts()).isEqualTo(originals.size());
      assertThat(written.attachments()).isEqualTo(1);
      assertThat(originals.stream().map(v -> v.article().status()))
          .contains(ArticleStatus.DRAFT, ArticleStatus.SCHEDULED, ArticleStatus.PUBLISHED);
    }
    assertThat(originals).hasSizeGreaterThanOrEqualTo(16);

    Document wxr = wellFormed(export);
    checkWhatWordPressReads(wxr, originals);

    Map<String, String> empty =
        ArchiveRoundTripIntegrationTests.withoutDemo(
            ArchiveRoundTripIntegrationTests.instance(kind()));
    try (ConfigurableApplicationContext target =
        ArchiveRoundTripIntegrationTests.start(empty, false)) {
      ImportReport report =
          target
              .getBean(WxrImporter.class)
              .importFile(
                  export, new WxrImporter.Options(WxrImporter.Categories.SECTIONS, null, null));
      assertThat(report.failed()).isZero();
      assertThat(report.imported()).isEqualTo(originals.size());
      List<ArticleView> imported =
          target.getBean(ArticleCatalogue.class).listAfter(0, ArticleCatalogue.MAX_BATCH);
      Map<String, ArticleView> byTitle = new HashMap<>();
      imported.forEach(view -> byTitle.put(view.article().title(), view));
      for (ArticleView original : originals) {
        Article was = original.article();
        ArticleView back = byTitle.get(was.title());
        assertThat(back).as("imported: %s", was.title()).isNotNull();
        Article is = back.article();
        assertThat(is.publishedAt()).as("date of %s", was.title()).isEqualTo(was.publishedAt());
        assertThat(is.status()).as("status of %s", was.title()).isEqualTo(was.status());
        assertThat(is.slug()).as("slug of %s", was.title()).isEqualTo(was.slug());
        Section section = defaultSections.get(was.sectionId());
        assertThat(back.section().slug()).isEqualTo(section.slug());
        assertThat(back.section().name()).isEqualTo(section.name());
        assertThat(back.tags().stream().map(Tag::name).toList())
            .as("tags of %s", was.title())
            .isEqualTo(original.tags().stream().map(t -> defaultTags.get(t.id()).name()).toList());
        assertThat(back.authors().stream().map(Author::name).toList())
            .as("author of %s", was.title())
            .isEqualTo(original.authors().stream().map(Author::name).limit(1).toList());
        // The importer reads an excerpt as HTML and keeps its text, folding no-break spaces.
        assertThat(is.standfirst())
            .as("standfirst of %s", was.title())
            .isEqualTo(was.standfirst().replace('\u00a0', ' '));
        if (!was.body().contains("<img")) {
          assertThat(is.body()).as("body of %s", was.title()).isEqualTo(was.body());
        } else {
          // Its images now live at the old site's absolute address, so the importer keeps them
          // as foreign images (src, alt, size) without the library's srcset.
          org.jsoup.nodes.Document wasHtml = org.jsoup.Jsoup.parseBodyFragment(was.body());
          org.jsoup.nodes.Document isHtml = org.jsoup.Jsoup.parseBodyFragment(is.body());
          assertThat(isHtml.text()).isEqualTo(wasHtml.text());
          assertThat(isHtml.select("p").outerHtml()).isEqualTo(wasHtml.select("p").outerHtml());
          assertThat(isHtml.select("img").eachAttr("src"))
              .isEqualTo(
                  wasHtml.select("img").eachAttr("src").stream().map(s -> BASE_URL + s).toList());
          assertThat(isHtml.select("img").eachAttr("alt"))
              .isEqualTo(wasHtml.select("img").eachAttr("alt"));
        }
      }
    }
  }

  static final String BASE_URL = ArchiveRoundTripIntegrationTests.BASE_URL;

  private static void addARussianArticleWithAnImage(ConfigurableApplicationContext site)
      throws IOException {
    Section section = site.getBean(Sections.class).save("europe", "Europe", "", 5);
    Media image =
        site.getBean(MediaLibrary.class)
            .upload(
                ArchiveRoundTripIntegrationTests.jpeg(800, 600),
                "zavod.jpg",
                "Рабочие у ворот завода",
                "desk@example.org",
                "");
    site.getBean(ArticlePublisher.class)
        .create(
            new Manuscript(
                "ru",
                "Путиловский завод: февраль 1917 года",
                null,
                "Стачка, с которой всё началось.",
                TRICKY_BODY
                    + "<figure><img src=\""
                    + image.src(480)
                    + "\" alt=\"Рабочие у ворот завода\"></figure>",
                section.id(),
                List.of(site.getBean(Authors.class).findOrCreateByName("Ирина Петрова").id()),
                List.of(site.getBean(Tags.class).findOrCreateByName("История").id()),
                List.of("RU"),
                image.key()),
            ArticleStatus.PUBLISHED,
            Instant.parse("2017-02-23T07:00:00Z"));
    ArticlePublisher publisher = site.getBean(ArticlePublisher.class);
    for (ArticleStatus status : List.of(ArticleStatus.DRAFT, ArticleStatus.SCHEDULED)) {
      publisher.create(
          new Manuscript(
              "en",
              "A " + status.code() + " article",
              null,
              "Fish & chips < caviar",
              "<p>Not public yet.</p>",
              section.id(),
              List.of(site.getBean(Authors.class).findOrCreateByName("Ирина Петрова").id()),
              List.of(),
              List.of(),
              null),
          status,
          status == ArticleStatus.SCHEDULED ? Instant.parse("2031-01-01T08:00:00Z") : null);
    }
  }

  private static Document wellFormed(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    try (InputStream in = Files.newInputStream(file)) {
      return factory.newDocumentBuilder().parse(in);
    }
  }

  /** What WordPress's importer (its SimpleXML parser) looks for, checked element by element. */
  private static void checkWhatWordPressReads(Document wxr, List<ArticleView> originals) {
    Element rss = wxr.getDocumentElement();
    assertThat(rss.getTagName()).isEqualTo("rss");
    assertThat(rss.getAttribute("version")).isEqualTo("2.0");
    assertThat(rss.getAttribute("xmlns:wp")).isEqualTo(WP);
    assertThat(rss.getAttribute("xmlns:excerpt")).isEqualTo(EXCERPT);
    assertThat(rss.getAttribute("xmlns:content")).isEqualTo(CONTENT);
    assertThat(rss.getAttribute("xmlns:dc")).isEqualTo(DC);
    Element channel = only(rss, null, "channel");
    assertThat(only(channel, WP, "wxr_version").getTextContent()).isEqualTo("1.2");
    assertThat(only(channel, WP, "base_site_url").getTextContent()).isEqualTo(BASE_URL + "/");

    Set<String> logins = new HashSet<>();
    for (Element author : children(channel, WP, "author")) {
      String login = only(author, WP, "author_login").getTextContent();
      assertThat(login).isNotBlank();
      assertThat(only(author, WP, "author_display_name").getTextContent()).isNotBlank();
      logins.add(login);
    }
    Set<String> categories = new HashSet<>();
    for (Element category : children(channel, WP, "category")) {
      categories.add(only(category, WP, "category_nicename").getTextContent());
      assertThat(only(category, WP, "cat_name").getTextContent()).isNotBlank();
    }
    Set<String> tags = new HashSet<>();
    for (Element tag : children(channel, WP, "tag")) {
      tags.add(only(tag, WP, "tag_slug").getTextContent());
      assertThat(only(tag, WP, "tag_name").getTextContent()).isNotBlank();
    }
    assertThat(logins).contains("irina-petrova");
    assertThat(tags).isNotEmpty();

    Map<String, Element> posts = new HashMap<>();
    Set<String> attachmentIds = new HashSet<>();
    for (Element item : children(channel, null, "item")) {
      String id = only(item, WP, "post_id").getTextContent();
      assertThat(id).matches("[1-9][0-9]*");
      for (String field : List.of("post_date", "post_date_gmt")) {
        assertThat(only(item, WP, field).getTextContent())
            .matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
      }
      String type = only(item, WP, "post_type").getTextContent();
      if (type.equals("attachment")) {
        assertThat(only(item, WP, "attachment_url").getTextContent())
            .startsWith(BASE_URL + "/media/");
        assertThat(only(item, WP, "status").getTextContent()).isEqualTo("inherit");
        attachmentIds.add(id);
        continue;
      }
      assertThat(type).isEqualTo("post");
      assertThat(posts.put(id, item)).as("post id %s once", id).isNull();
      assertThat(only(item, WP, "status").getTextContent()).isIn("publish", "draft", "future");
      assertThat(only(item, WP, "post_name").getTextContent()).isNotBlank();
      assertThat(only(item, null, "title").getTextContent()).isNotBlank();
      assertThat(logins).contains(only(item, DC, "creator").getTextContent());
      only(item, CONTENT, "encoded");
      only(item, EXCERPT, "encoded");
      List<Element> terms = children(item, null, "category");
      assertThat(terms).isNotEmpty();
      assertThat(terms.getFirst().getAttribute("domain")).isEqualTo("category");
      for (Element term : terms) {
        String nicename = term.getAttribute("nicename");
        assertThat(term.getAttribute("domain").equals("category") ? categories : tags)
            .contains(nicename);
      }
    }
    assertThat(posts).hasSize(originals.size());
    assertThat(attachmentIds).doesNotContainAnyElementsOf(posts.keySet());

    ArticleView russian =
        originals.stream().filter(v -> v.article().language().equals("ru")).findFirst().get();
    Element item = posts.get(Long.toString(russian.article().id()));
    String content = only(item, CONTENT, "encoded").getTextContent();
    assertThat(content).contains("Рабочие «Путиловского завода»").contains("]]&gt;");
    assertThat(content)
        .contains("src=\"" + BASE_URL + "/media/" + russian.article().featuredImage());
    assertThat(only(item, WP, "post_date_gmt").getTextContent()).isEqualTo("2017-02-23 07:00:00");
    String thumbnail = null;
    for (Element meta : children(item, WP, "postmeta")) {
      if (only(meta, WP, "meta_key").getTextContent().equals("_thumbnail_id")) {
        thumbnail = only(meta, WP, "meta_value").getTextContent();
      }
    }
    assertThat(attachmentIds).contains(thumbnail);
  }

  private static List<Element> children(Element parent, String namespace, String name) {
    List<Element> found = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node node = nodes.item(i);
      if (node instanceof Element element
          && element.getLocalName().equals(name)
          && java.util.Objects.equals(element.getNamespaceURI(), namespace)) {
        found.add(element);
      }
    }
    return found;
  }

  private static Element only(Element parent, String namespace, String name) {
    List<Element> found = children(parent, namespace, name);
    assertThat(found).as("one <%s> in <%s>", name, parent.getTagName()).hasSize(1);
    return found.getFirst();
  }
}
