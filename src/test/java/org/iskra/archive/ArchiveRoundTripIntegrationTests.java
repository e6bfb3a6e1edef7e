package org.iskra.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.imageio.ImageIO;
import org.assertj.core.api.SoftAssertions;
import org.iskra.IskraApplication;
import org.iskra.article.Article;
import org.iskra.article.ArticleCatalogue;
import org.iskra.article.ArticlePublisher;
import org.iskra.article.ArticleStatus;
import org.iskra.article.Manuscript;
import org.iskra.author.Authors;
import org.iskra.campaign.Appeal;
import org.iskra.campaign.Fundraising;
import org.iskra.event.EventCalendar;
import org.iskra.event.EventDraft;
import org.iskra.media.Media;
import org.iskra.media.MediaLibrary;
import org.iskra.search.SearchIndex;
import org.iskra.search.SearchMaintenance;
import org.iskra.section.Section;
import org.iskra.section.Sections;
import org.iskra.store.TestDatabases;
import org.iskra.syndication.WxrImporter;
import org.iskra.tag.Tags;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The promise of the archive: a site exported and restored into an empty instance is the same site.
 * The demo publication plus an article with revisions, an image used in an article, a renamed
 * article, a donation, an event and an old address is crawled page by page (every page a reader or
 * a search engine can reach, media files and redirects included), exported, restored into a new
 * empty instance with the same public address, and crawled again: every answer is compared byte for
 * byte. Then the restored store is exported again and its tables and files must equal the first
 * archive's, drafts and revisions included.
 */
abstract class ArchiveRoundTripIntegrationTests {

  static final String BASE_URL = "https://news.example.org";

  @TempDir Path dir;

  abstract TestDatabases.Kind source();

  abstract TestDatabases.Kind target();

  static ConfigurableApplicationContext start(Map<String, String> properties, boolean web) {
    return new SpringApplicationBuilder(IskraApplication.class)
        .web(web ? WebApplicationType.SERVLET : WebApplicationType.NONE)
        .run(
            properties.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new));
  }

  static Map<String, String> instance(TestDatabases.Kind kind) {
    Map<String, String> properties = new HashMap<>(TestDatabases.emptyDatabaseProperties(kind));
    properties.put("server.port", "0");
    properties.put("iskra.site.base-url", BASE_URL);
    properties.put("spring.datasource.hikari.maximum-pool-size", "4");
    // The test settles the index itself; a catch-up in the middle of a crawl changes nothing, but
    // one less thread on a busy machine.
    properties.put("iskra.search.catch-up-interval", "1h");
    properties.put("iskra.schedule.initial-delay", "1h");
    properties.put("iskra.newsletter.sending", "false");
    return properties;
  }

  @Test
  void aRestoredSiteAnswersEveryPublicAddressByteForByteAsTheOriginal() throws IOException {
    Map<String, String> original = instance(source());
    Path archive = dir.resolve("site.zip");
    Map<String, PublicCrawl.Answer> before;
    List<String> extra;
    try (ConfigurableApplicationContext site = start(original, true)) {
      extra = addToTheDemo(site);
      settleSearch(site);
      PublicCrawl crawl = new PublicCrawl(port(site), BASE_URL);
      List<String> seeds = new ArrayList<>(SEEDS);
      seeds.addAll(extra);
      before = crawl.crawl(seeds);
      ArchiveManifest manifest = site.getBean(ArchiveExporter.class).export(archive, true);
      assertThat(manifest.rowsOf("article_revisions")).isGreaterThan(manifest.rowsOf("articles"));
      assertThat(manifest.mediaFiles()).isGreaterThanOrEqualTo(2);
    }
    assertThat(before.keySet()).as("the crawl reached the whole site").hasSizeGreaterThan(100);
    assertThat(before.values().stream().filter(a -> a.contentType().startsWith("image/")))
        .isNotEmpty();
    assertThat(before.get("/?p=77").status()).isEqualTo(301);
    assertThat(before.get(extra.getFirst()).status())
        .as("the renamed article's old address")
        .isEqualTo(301);
    assertThat(before.keySet())
        .as("every kind of public page was reached")
        .contains(
            "/americas",
            "/?page=2",
            "/author/pascal-cueto",
            "/tag/history",
            "/country/pe",
            "/archive/2023/11",
            "/americas/feed.xml",
            "/author/pascal-cueto/atom.xml",
            "/sitemaps/pages.xml",
            "/sitemaps/articles-1.xml",
            "/sitemaps/news.xml",
            "/events/reading-group-the-andean-rebellion",
            "/appeals/printing-press-fund",
            "/americas/the-title-it-has-now",
            "/history/an-old-post");
    assertThat(before.entrySet())
        .filteredOn(e -> e.getValue().status() == 200)
        .hasSizeGreaterThan(100);

    Map<String, String> restored = instance(target());
    try (ConfigurableApplicationContext command = start(withoutDemo(restored), false)) {
      ArchiveManifest manifest = command.getBean(ArchiveRestorer.class).restore(archive);
      assertThat(manifest.withAccounts()).isTrue();
    }
    Path again = dir.resolve("again.zip");
    try (ConfigurableApplicationContext site = start(restored, true)) {
      settleSearch(site);
      Map<String, PublicCrawl.Answer> after =
          new PublicCrawl(port(site), BASE_URL).fetch(before.keySet());
      SoftAssertions differences = new SoftAssertions();
      for (String path : before.keySet()) {
        PublicCrawl.Answer was = before.get(path);
        PublicCrawl.Answer is = after.get(path);
        differences.assertThat(is.status()).as("status of %s", path).isEqualTo(was.status());
        differences.assertThat(is.location()).as("Location of %s", path).isEqualTo(was.location());
        differences
            .assertThat(is.contentType())
            .as("type of %s", path)
            .isEqualTo(was.contentType());
        if (was.contentType().startsWith("image/")) {
          differences.assertThat(is.body()).as("bytes of %s", path).isEqualTo(was.body());
        } else {
          differences
              .assertThat(comparable(is.text()))
              .as("body of %s", path)
              .isEqualTo(comparable(was.text()));
        }
      }
      differences.assertAll();
      site.getBean(ArchiveExporter.class).export(again, true);
      // New rows take ids after the restored ones (PostgreSQL's sequences were moved on).
      JdbcClient jdbc = site.getBean(JdbcClient.class);
      long largest = jdbc.sql("SELECT MAX(id) FROM articles").query(Long.class).single();
      addAnArticle(site, "Written after the move", "after-the-move");
      assertThat(jdbc.sql("SELECT MAX(id) FROM articles").query(Long.class).single())
          .isEqualTo(largest + 1);
    }
    assertThat(entries(again)).isEqualTo(entries(archive));
  }

  @Test
  void aRestoreIntoAStoreThatHoldsAnythingIsRefusedAndChangesNothing() throws IOException {
    Map<String, String> original = instance(source());
    Path archive = dir.resolve("small.zip");
    try (ConfigurableApplicationContext site = start(withoutDemo(original), false)) {
      addAnArticle(site, "A first article", "first");
      site.getBean(ArchiveExporter.class).export(archive, false);
    }
    Map<String, String> occupied = instance(target());
    try (ConfigurableApplicationContext command = start(withoutDemo(occupied), false)) {
      addAnArticle(command, "Already here", "here");
      assertThatThrownBy(() -> command.getBean(ArchiveRestorer.class).restore(archive))
          .isInstanceOf(ArchiveRefused.class)
          .hasMessageContaining("The store is not empty (rows in sections, articles,")
          .hasMessageContaining("restore only into a new, empty instance");
      JdbcClient jdbc = command.getBean(JdbcClient.class);
      assertThat(jdbc.sql("SELECT title FROM articles").query(String.class).list())
          .containsExactly("Already here");
    }
  }

  @Test
  void aDamagedArchiveIsRefusedWholeAndLeavesTheTargetEmpty() throws IOException {
    Map<String, String> original = instance(source());
    Path archive = dir.resolve("site.zip");
    try (ConfigurableApplicationContext site = start(original, true)) {
      addToTheDemo(site);
      site.getBean(ArchiveExporter.class).export(archive, false);
    }
    byte[] whole = Files.readAllBytes(archive);
    Path truncated = dir.resolve("truncated.zip");
    Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length * 2 / 3));
    // A late table's rows do not fit the store: every table before it is already in by then, and
    // the transaction takes them all back.
    Path badRow = dir.resolve("bad-row.zip");
    rewrite(archive, badRow, "tables/webhook_endpoints.jsonl", "{\"id\":1}\n");

    Map<String, String> target = instance(target());
    try (ConfigurableApplicationContext command = start(withoutDemo(target), false)) {
      ArchiveRestorer restorer = command.getBean(ArchiveRestorer.class);
      assertThatThrownBy(() -> restorer.restore(truncated))
          .isInstanceOf(ArchiveRefused.class)
          .hasMessageContaining("not a readable zip file, or a truncated one");
      assertThatThrownBy(() -> restorer.restore(badRow))
          .isInstanceOf(ArchiveRefused.class)
          .hasMessageContaining("tables/webhook_endpoints.jsonl has the columns [id]");
      JdbcClient jdbc = command.getBean(JdbcClient.class);
      for (ArchiveTables.Table table : ArchiveTables.EXPORTED) {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM " + table.name()).query(Long.class).single())
            .as("rows in %s", table.name())
            .isZero();
      }
      Path media = Path.of(target.get("iskra.data-dir"), "media");
      assertThat(!Files.exists(media) || isEmpty(media)).as("media directory empty").isTrue();
      try (var siblings = Files.list(media.getParent())) {
        assertThat(siblings.map(p -> p.getFileName().toString()))
            .noneMatch(name -> name.startsWith(".media-restore-"));
      }
      // And the same archive, whole, restores into the same store afterwards.
      ArchiveManifest manifest = restorer.restore(archive);
      assertThat(jdbc.sql("SELECT COUNT(*) FROM articles").query(Long.class).single())
          .isEqualTo(manifest.rowsOf("articles"));
    }
  }

  /**
   * The body with its one documented volatile part blanked: an iCalendar {@code DTSTAMP} is, by RFC
   * 5545, the moment the calendar was produced, so it differs between any two requests.
   */
  static String comparable(String body) {
    return DTSTAMP.matcher(body).replaceAll("DTSTAMP:(when served)");
  }

  static final java.util.regex.Pattern DTSTAMP =
      java.util.regex.Pattern.compile("(?m)^DTSTAMP:\\d{8}T\\d{6}Z\r?$");

  /** The first addresses of the crawl; everything else is found from them. */
  static final List<String> SEEDS =
      List.of(
          "/",
          "/robots.txt",
          "/sitemap.xml",
          "/countries",
          "/archive",
          "/events",
          "/events/past",
          "/events.ics",
          "/appeals",
          "/feed.xml",
          "/atom.xml",
          "/feed.json",
          "/search?q=argentina",
          "/search?q=t%C3%BApac+peru",
          "/no-such-page");

  /** What the demo lacks; returns addresses the crawl cannot find by itself (old addresses). */
  static List<String> addToTheDemo(ConfigurableApplicationContext site) throws IOException {
    ArticlePublisher publisher = site.getBean(ArticlePublisher.class);
    Sections sections = site.getBean(Sections.class);
    Authors authors = site.getBean(Authors.class);
    Tags tags = site.getBean(Tags.class);
    Section americas = sections.findBySlug("americas").orElseThrow();
    long author = authors.findOrCreateByName("Ana Quispe").id();
    long tag = tags.findOrCreateByName("Archives").id();
    Media image =
        site.getBean(MediaLibrary.class)
            .upload(jpeg(1200, 800), "andes.jpg", "The Andes at dawn", "desk@example.org", "");
    Instant when = Instant.parse("2011-05-01T09:30:00Z");
    Article revised =
        publisher.create(
            new Manuscript(
                "es",
                "Crónica de los Andes",
                null,
                "Primera versión.",
                "<p>Primer párrafo.</p><figure><img src=\""
                    + image.src(960)
                    + "\" alt=\"The Andes at dawn\"><figcaption>Amanecer</figcaption></figure>",
                americas.id(),
                List.of(author),
                List.of(tag),
                List.of("PE", "BO"),
                image.key()),
            ArticleStatus.PUBLISHED,
            when);
    for (int i = 2; i <= 3; i++) {
      Manuscript m = revised.manuscript();
      revised =
          publisher.revise(
              revised.id(),
              new Manuscript(
                  m.language(),
                  m.title(),
                  m.slug(),
                  "Versión " + i + ".",
                  m.body(),
                  m.sectionId(),
                  m.authorIds(),
                  m.tagIds(),
                  m.countryCodes(),
                  m.featuredImage()),
              ArticleStatus.PUBLISHED,
              when);
    }
    Article renamed =
        publisher.create(
            new Manuscript(
                "en",
                "A title that will change",
                null,
                "",
                "<p>Renamed.</p>",
                americas.id(),
                List.of(author),
                List.of(),
                List.of(),
                null),
            ArticleStatus.PUBLISHED,
            when.plusSeconds(60));
    String oldPath = "/americas/" + renamed.slug();
    Manuscript m = renamed.manuscript();
    publisher.revise(
        renamed.id(),
        new Manuscript(
            m.language(),
            "The title it has now",
            "the-title-it-has-now",
            m.standfirst(),
            m.body(),
            m.sectionId(),
            m.authorIds(),
            m.tagIds(),
            m.countryCodes(),
            null),
        ArticleStatus.PUBLISHED,
        null);
    publisher.create(
        new Manuscript(
            "en",
            "A draft nobody sees",
            null,
            "",
            "<p>Not yet.</p>",
            americas.id(),
            List.of(author),
            List.of(),
            List.of(),
            null),
        ArticleStatus.DRAFT,
        null);
    // Enough articles for a second page of the front and of the section.
    for (int i = 1; i <= 8; i++) {
      publisher.create(
          new Manuscript(
              "en",
              "Dispatch number " + i + " from the archives",
              null,
              "",
              "<p>Dispatch " + i + ".</p>",
              americas.id(),
              List.of(author),
              List.of(tag),
              List.of("PE"),
              null),
          ArticleStatus.PUBLISHED,
          when.minusSeconds(86_400L * i));
    }
    Fundraising fundraising = site.getBean(Fundraising.class);
    Appeal appeal =
        fundraising.create(
            "Printing press fund",
            "For a press of our own.",
            "5000",
            "EUR",
            Instant.parse("2011-01-01T00:00:00Z"),
            null);
    fundraising.recordByHand(appeal.id(), "125.50", "EUR", "A reader", "desk@example.org", false);
    fundraising.link(revised.id(), appeal.id());
    site.getBean(EventCalendar.class)
        .create(
            new EventDraft(
                "Reading group: the Andean rebellion",
                "We read together.",
                LocalDateTime.of(2031, 3, 14, 18, 0),
                LocalDateTime.of(2031, 3, 14, 20, 0),
                ZoneId.of("America/Lima"),
                "Casa del Pueblo",
                "",
                "Lima readers",
                List.of(revised.id())));
    Path wxr = Files.createTempFile("legacy-", ".xml");
    Files.writeString(wxr, LEGACY_WXR);
    site.getBean(WxrImporter.class)
        .importFile(wxr, new WxrImporter.Options(WxrImporter.Categories.SECTIONS, null, null));
    Files.delete(wxr);
    return List.of(oldPath, "/?p=77", "/2019/03/an-old-post/", "/index.php?p=77");
  }

  static final String LEGACY_WXR =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
        xmlns:content="http://purl.org/rss/1.0/modules/content/"
        xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
      <channel>
        <title>Old site</title>
        <wp:wxr_version>1.2</wp:wxr_version>
        <wp:author><wp:author_login>old</wp:author_login>
          <wp:author_display_name>Old Hand</wp:author_display_name></wp:author>
        <item>
          <title>An old post</title>
          <link>https://old.example.org/2019/03/an-old-post/</link>
          <dc:creator>old</dc:creator>
          <guid isPermaLink="false">https://old.example.org/?p=77</guid>
          <content:encoded><![CDATA[<p>From the old site.</p>]]></content:encoded>
          <excerpt:encoded><![CDATA[]]></excerpt:encoded>
          <wp:post_id>77</wp:post_id>
          <wp:post_date>2019-03-05 11:20:00</wp:post_date>
          <wp:post_date_gmt>2019-03-05 11:20:00</wp:post_date_gmt>
          <wp:post_name>an-old-post</wp:post_name>
          <wp:status>publish</wp:status>
          <wp:post_type>post</wp:post_type>
          <category domain="category" nicename="history"><![CDATA[History]]></category>
        </item>
      </channel>
      </rss>
      """;

  static void addAnArticle(ConfigurableApplicationContext context, String title, String section) {
    Section home = context.getBean(Sections.class).save(section, section, "", 0);
    context
        .getBean(ArticlePublisher.class)
        .create(
            new Manuscript(
                "en",
                title,
                null,
                "",
                "<p>Text.</p>",
                home.id(),
                List.of(),
                List.of(),
                List.of(),
                null),
            ArticleStatus.PUBLISHED,
            null);
  }

  /**
   * Waits until the server's index holds every article at its stored version (the restored server's
   * start-up catch-up is what fills its empty index), then rebuilds it: an index grown by edits
   * still weighs deleted documents in its statistics, one built at once does not, and only two
   * indexes of the same documents rank related articles and results alike.
   */
  static void settleSearch(ConfigurableApplicationContext site) {
    ArticleCatalogue catalogue = site.getBean(ArticleCatalogue.class);
    SearchIndex index = site.getBean(SearchIndex.class);
    Instant deadline = Instant.now().plusSeconds(120);
    while (!index.indexedVersions().equals(catalogue.versions())) {
      assertThat(Instant.now()).as("the index caught up with the store").isBefore(deadline);
      pause();
    }
    site.getBean(SearchMaintenance.class).rebuild();
  }

  static Map<String, String> withoutDemo(Map<String, String> properties) {
    Map<String, String> copy = new HashMap<>(properties);
    copy.put("iskra.demo.enabled", "false");
    return copy;
  }

  static int port(ConfigurableApplicationContext site) {
    return ((WebServerApplicationContext) site).getWebServer().getPort();
  }

  static byte[] jpeg(int width, int height) throws IOException {
    BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = picture.createGraphics();
    g.setColor(new Color(40, 90, 160));
    g.fillRect(0, 0, width, height);
    g.setColor(new Color(230, 200, 80));
    g.fillOval(width / 4, height / 4, width / 2, height / 2);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(picture, "jpg", out);
    return out.toByteArray();
  }

  /** Every entry but the manifest (which records when it was written), by name. */
  static Map<String, String> entries(Path archive) throws IOException {
    Map<String, String> entries = new LinkedHashMap<>();
    try (ZipFile zip = new ZipFile(archive.toFile())) {
      for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
        if (!entry.getName().equals(ArchiveManifest.ENTRY)) {
          entries.put(
              entry.getName(),
              java.util.HexFormat.of()
                  .formatHex(
                      java.security.MessageDigest.getInstance("SHA-256")
                          .digest(zip.getInputStream(entry).readAllBytes())));
        }
      }
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    return entries;
  }

  /** A copy of the archive with one entry's content replaced. */
  static void rewrite(Path from, Path to, String name, String content) throws IOException {
    try (ZipFile zip = new ZipFile(from.toFile());
        var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(to))) {
      for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
        out.putNextEntry(new ZipEntry(entry.getName()));
        if (entry.getName().equals(name)) {
          out.write(content.getBytes(StandardCharsets.UTF_8));
        } else {
          zip.getInputStream(entry).transferTo(out);
        }
        out.closeEntry();
      }
    }
  }

  static boolean isEmpty(Path directory) {
    try (var children = Files.list(directory)) {
      return children.findAny().isEmpty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void pause() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
