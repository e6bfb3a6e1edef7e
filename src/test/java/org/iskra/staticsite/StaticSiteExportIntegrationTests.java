package org.iskra.staticsite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.iskra.IskraApplication;
import org.iskra.article.Article;
import org.iskra.article.ArticleListings;
import org.iskra.article.ArticlePublisher;
import org.iskra.article.ArticleStatus;
import org.iskra.article.Manuscript;
import org.iskra.media.Media;
import org.iskra.media.MediaLibrary;
import org.iskra.publication.EditionNamed;
import org.iskra.search.SearchMaintenance;
import org.iskra.section.Section;
import org.iskra.section.Sections;
import org.iskra.store.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The demo publication, with an illustrated article, exported to a directory: files hold what the
 * live site serves, every link of the copy resolves to a file of the copy, and re-runs touch only
 * what changed.
 */
class StaticSiteExportIntegrationTests {

  static final String BASE_URL = "https://news.example.org";

  static ConfigurableApplicationContext site;
  static Article illustrated;
  static Media image;

  @TempDir static Path dir;

  @BeforeAll
  static void start() throws IOException {
    Map<String, String> properties =
        new HashMap<>(TestDatabases.emptyDatabaseProperties(TestDatabases.Kind.SQLITE));
    properties.put("server.port", "0");
    properties.put("server.address", "127.0.0.1");
    properties.put("iskra.site.base-url", BASE_URL);
    properties.put("iskra.search.catch-up-interval", "1h");
    properties.put("iskra.schedule.initial-delay", "1h");
    properties.put("iskra.newsletter.sending", "false");
    site =
        new SpringApplicationBuilder(IskraApplication.class)
            .web(WebApplicationType.SERVLET)
            .run(
                properties.entrySet().stream()
                    .map(e -> "--" + e.getKey() + "=" + e.getValue())
                    .toArray(String[]::new));
    Section americas = site.getBean(Sections.class).findBySlug("americas").orElseThrow();
    image =
        site.getBean(MediaLibrary.class)
            .upload(jpeg(1200, 800), "andes.jpg", "The Andes at dawn", "desk@example.org", "");
    // More than a page of the section, so that it has a second page.
    for (int i = 1; i <= ArticleListings.PAGE_SIZE + 1; i++) {
      site.getBean(ArticlePublisher.class)
          .create(
              new Manuscript(
                  "en",
                  "Dispatch number " + i,
                  null,
                  "",
                  "<p>Dispatch " + i + ".</p>",
                  americas.id(),
                  List.of(),
                  List.of(),
                  List.of(),
                  ""),
              ArticleStatus.PUBLISHED,
              Instant.parse("2012-04-01T09:30:00Z").plusSeconds(3600L * i));
    }
    illustrated =
        site.getBean(ArticlePublisher.class)
            .create(
                new Manuscript(
                    "en",
                    "Dawn over the Andes",
                    null,
                    "A first light.",
                    "<p>Morning.</p><figure><img src=\""
                        + image.src(960)
                        + "\" alt=\"The Andes at dawn\"></figure>",
                    americas.id(),
                    List.of(),
                    List.of(),
                    List.of("PE"),
                    image.key()),
                ArticleStatus.PUBLISHED,
                Instant.parse("2012-05-01T09:30:00Z"));
  }

  @AfterAll
  static void stop() {
    if (site != null) {
      site.close();
    }
  }

  StaticExportReport export(Path out) {
    return export(out, true);
  }

  /** As the command does: the search index (and the related lists) in step first. */
  StaticExportReport export(Path out, boolean draw) {
    site.getBean(SearchMaintenance.class).catchUp();
    return site.getBean(StaticSiteExporter.class).export(out, null, 4, draw);
  }

  byte[] live(String address) throws IOException, InterruptedException {
    int port = Integer.parseInt(site.getEnvironment().getProperty("local.server.port"));
    HttpResponse<byte[]> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + address)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(answer.statusCode()).as(address).isEqualTo(200);
    return answer.body();
  }

  String articlePath() {
    return "/americas/" + illustrated.slug();
  }

  @Test
  void writesWhatTheSiteServesAndEveryLinkResolvesAndRerunsTouchOnlyWhatChanged() throws Exception {
    Path out = dir.resolve("copy");
    StaticExportReport first = export(out);

    // The only broken links are the edition switcher's on an archive month without that
    // edition's articles: a site issue of its own, which the report names; any other broken link
    // fails here.
    assertThat(first.missingSample())
        .allSatisfy(
            missing ->
                assertThat(missing).matches("/(es|pt|fr)(/\\S+) \\(404, linked from \\2\\)"));
    assertThat(first.files()).isGreaterThan(100);
    assertThat(first.written()).isEqualTo(first.files());
    assertThat(first.deleted()).isZero();

    // Pages hold the live bytes, with links to later pages pointing at their files.
    for (String page : List.of("/", "/es", articlePath(), "/americas", "/countries")) {
      String html = new String(live(page), StandardCharsets.UTF_8);
      assertThat(Files.readString(out.resolve(StaticAddresses.file(page, true))))
          .as(page)
          .isEqualTo(StaticAddresses.rewrite(html, null));
    }
    for (String file : List.of("/feed.xml", "/sitemap.xml", "/robots.txt", image.src(960))) {
      assertThat(out.resolve(file.substring(1))).as(file).hasBinaryContent(live(file));
    }
    String front = Files.readString(out.resolve("index.html"));
    Matcher asset = Pattern.compile("href=\"(/assets/[^\"]+\\.css)\"").matcher(front);
    assertThat(asset.find()).isTrue();
    assertThat(out.resolve(asset.group(1).substring(1))).hasBinaryContent(live(asset.group(1)));
    assertThat(front).doesNotContain("?page=");
    // A listing's later page: its own file, and the link to it rewritten.
    Path secondPage;
    try (Stream<Path> files = Files.walk(out)) {
      secondPage =
          files
              .filter(p -> p.toString().endsWith("/page/2/index.html"))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no listing has a second page"));
    }
    Path listingDir = out.relativize(secondPage).getParent().getParent().getParent();
    String listing = listingDir == null ? "/" : "/" + listingDir.toString().replace('\\', '/');
    assertThat(Files.readString(out.resolve(StaticAddresses.file(listing, true))))
        .contains("href=\"" + (listing.equals("/") ? "" : listing) + "/page/2/\"")
        .doesNotContain("?page=");
    assertThat(secondPage)
        .hasContent(
            StaticAddresses.rewrite(
                new String(live(listing + "?page=2"), StandardCharsets.UTF_8), null));
    assertThat(out.resolve("404.html")).content().contains("<html");
    assertThat(out.resolve(StaticSiteExporter.MANIFEST)).exists();

    // A crawl of the copy itself: every address of the site it links to is one of its files.
    StaticAddresses addresses = new StaticAddresses(BASE_URL, "http://127.0.0.1");
    Set<String> unresolved = new TreeSet<>();
    List<Path> pages;
    try (Stream<Path> files = Files.walk(out)) {
      pages = files.filter(p -> p.toString().endsWith(".html")).toList();
    }
    for (Path page : pages) {
      for (String link :
          addresses.linkedFrom("/", "text/html", Files.readString(page, StandardCharsets.UTF_8))) {
        if (!exported(out, link)
            // The edition switcher's broken links (see above): the page exists without the prefix.
            && !(link.matches("/(es|pt|fr)/.+") && exported(out, link.substring(3)))) {
          unresolved.add(link + " in " + out.relativize(page));
        }
      }
    }
    assertThat(unresolved).isEmpty();

    // Again, nothing changed: nothing is written.
    Map<Path, FileTime> before = modified(out);
    StaticExportReport again = export(out);
    assertThat(changed(before, modified(out), out)).isEmpty();
    assertThat(again.written()).isZero();
    assertThat(again.deleted()).isZero();
    assertThat(again.unchanged()).isEqualTo(first.files());
    assertThat(modified(out).keySet()).isEqualTo(before.keySet());

    // One article edited: its page and the listings, feeds and sitemaps showing it are rewritten.
    Manuscript m = illustrated.manuscript();
    illustrated =
        site.getBean(ArticlePublisher.class)
            .revise(
                illustrated.id(),
                new Manuscript(
                    m.language(),
                    m.title(),
                    m.slug(),
                    "A second light.",
                    m.body(),
                    m.sectionId(),
                    m.authorIds(),
                    m.tagIds(),
                    m.countryCodes(),
                    m.featuredImage()),
                ArticleStatus.PUBLISHED,
                null);
    before = modified(out);
    StaticExportReport edited = export(out);
    List<String> rewritten = changed(before, modified(out), out);
    assertThat(edited.written()).isEqualTo(rewritten.size());
    assertThat(rewritten).contains(StaticAddresses.file(articlePath(), true));
    assertThat(edited.written()).isLessThan(edited.files() / 4);
    assertThat(edited.deleted()).isZero();
    assertThat(Files.readString(out.resolve(StaticAddresses.file(articlePath(), true))))
        .contains("A second light.");

    // Unpublished: its page goes.
    site.getBean(ArticlePublisher.class)
        .revise(illustrated.id(), illustrated.manuscript(), ArticleStatus.UNPUBLISHED, null);
    StaticExportReport withdrawn = export(out);
    assertThat(withdrawn.deleted()).isGreaterThanOrEqualTo(1);
    assertThat(out.resolve(StaticAddresses.file(articlePath(), true))).doesNotExist();
    assertThat(out.resolve(articlePath().substring(1))).doesNotExist();
  }

  @Test
  void drawingPagesInProcessChangesNoByteOfTheCopy() throws Exception {
    Path drawn = dir.resolve("drawn");
    Path read = dir.resolve("read");
    StaticExportReport withDrawing = export(drawn, true);
    StaticExportReport overHttp = export(read, false);

    Map<String, String> drawnFiles = contents(drawn);
    Map<String, String> readFiles = contents(read);
    assertThat(drawnFiles.keySet()).isEqualTo(readFiles.keySet());
    assertThat(drawnFiles.keySet())
        .contains("index.html", "americas/page/2/index.html", "es/index.html", "feed.xml");
    for (String file : readFiles.keySet()) {
      assertThat(drawnFiles.get(file)).as(file).isEqualTo(readFiles.get(file));
    }
    assertThat(withDrawing.files()).isEqualTo(overHttp.files());
    assertThat(overHttp.drawn()).isZero();
    // Every article page and listing page is drawn; what is read over HTTP is the few others.
    assertThat(withDrawing.drawn()).isGreaterThan(withDrawing.files() / 2);
    assertThat(withDrawing.written()).isEqualTo(withDrawing.files());
    assertThat(withDrawing.missingSample()).isEqualTo(overHttp.missingSample());
  }

  /** Every file of a copy and its text; a calendar without the time it was read. */
  private static Map<String, String> contents(Path copy) throws IOException {
    Map<String, String> contents = new java.util.TreeMap<>();
    try (Stream<Path> files = Files.walk(copy)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        contents.put(
            copy.relativize(file).toString(), text.replaceAll("(?m)^DTSTAMP:[^\r\n]*", ""));
      }
    }
    return contents;
  }

  @Test
  void refusesADirectoryThatIsAFile() throws IOException {
    Path file = Files.writeString(dir.resolve("a-file"), "x");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> export(file))
        .isInstanceOf(StaticExportRefused.class)
        .hasMessageContaining("is a file");
  }

  @Test
  void aDiskThatFillsUpStopsTheCopyPlainlyAndTheNextRunLeavesNothingOfIt() throws Exception {
    Path out = dir.resolve("full-disk");
    export(out);
    // A name the same length as the section's own: a page written with it and then drawn with
    // the old name again has the hash and the size the manifest of the first run gives.
    renameAmericas("Amerikas");
    AtomicInteger writes = new AtomicInteger();
    StaticSiteExporter.FileWriting fillingUp =
        (file, body) -> {
          if (writes.incrementAndGet() > 3) {
            throw new IOException("No space left on device");
          }
          Files.write(file, body);
        };

    site.getBean(SearchMaintenance.class).catchUp();
    assertThatThrownBy(
            () -> site.getBean(StaticSiteExporter.class).export(out, null, 4, true, fillingUp))
        .isInstanceOf(StaticExportRefused.class)
        .hasMessageStartingWith(out.toString())
        .hasMessageContaining(": the disk is full. Free some space")
        .hasMessageContaining("The copy is unfinished");
    assertThat(files(out)).noneMatch(file -> file.endsWith(".partial"));
    assertThat(files(out)).filteredOn(file -> read(out, file).contains("Amerikas")).isNotEmpty();
    assertThat(out.resolve(StaticSiteExporter.MANIFEST)).doesNotExist();
    assertThat(out.resolve(StaticSiteExporter.UNFINISHED)).isRegularFile();

    renameAmericas("Americas");
    StaticExportReport mended = export(out);
    assertThat(mended.written()).isEqualTo(mended.files());
    assertThat(files(out)).filteredOn(file -> read(out, file).contains("Amerikas")).isEmpty();
    assertThat(out.resolve(StaticSiteExporter.MANIFEST)).isRegularFile();
    assertThat(out.resolve(StaticSiteExporter.UNFINISHED)).doesNotExist();
    assertThat(export(out).written()).as("finished again: incremental again").isZero();
  }

  /** Renames the section as the desk does, the page cache told. */
  private static void renameAmericas(String name) {
    Sections sections = site.getBean(Sections.class);
    Section americas = sections.findBySlug("americas").orElseThrow();
    sections.save(americas.slug(), name, americas.description(), americas.position());
    site.publishEvent(new EditionNamed("en", "section americas: " + name, "desk@example.org"));
  }

  private static List<String> files(Path copy) throws IOException {
    try (Stream<Path> files = Files.walk(copy)) {
      return files
          .filter(Files::isRegularFile)
          .map(file -> copy.relativize(file).toString())
          .toList();
    }
  }

  private static String read(Path copy, String file) {
    try {
      return Files.readString(copy.resolve(file), StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static boolean exported(Path out, String link) {
    String html = StaticAddresses.file(link, true);
    String other = StaticAddresses.file(link, false);
    return (html != null && Files.isRegularFile(out.resolve(html)))
        || (other != null && Files.isRegularFile(out.resolve(other)));
  }

  static Map<Path, FileTime> modified(Path out) throws IOException {
    Map<Path, FileTime> times = new HashMap<>();
    try (Stream<Path> files = Files.walk(out)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        times.put(file, Files.getLastModifiedTime(file));
      }
    }
    return times;
  }

  static List<String> changed(Map<Path, FileTime> before, Map<Path, FileTime> after, Path out) {
    List<String> changed = new ArrayList<>();
    for (Map.Entry<Path, FileTime> file : after.entrySet()) {
      if (!file.getKey().getFileName().toString().equals(StaticSiteExporter.MANIFEST)
          && !file.getValue().equals(before.get(file.getKey()))) {
        changed.add(out.relativize(file.getKey()).toString());
      }
    }
    return changed;
  }

  static byte[] jpeg(int width, int height) throws IOException {
    BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = picture.createGraphics();
    g.setColor(new Color(40, 90, 160));
    g.fillRect(0, 0, width, height);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(picture, "jpg", out);
    return out.toByteArray();
  }
}
