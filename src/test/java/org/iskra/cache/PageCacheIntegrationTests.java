package org.iskra.cache;

import static org.assertj.core.api.Assertions.assertThat;

import com.aayushatharva.brotli4j.decoder.Decoder;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import javax.imageio.ImageIO;
import org.iskra.account.Account;
import org.iskra.account.AccountRegistry;
import org.iskra.account.Role;
import org.iskra.article.Article;
import org.iskra.article.ArticleCatalogue;
import org.iskra.article.ArticlePublisher;
import org.iskra.article.ArticleStatus;
import org.iskra.article.Manuscript;
import org.iskra.campaign.Fundraising;
import org.iskra.media.Media;
import org.iskra.media.MediaLibrary;
import org.iskra.section.Sections;
import org.iskra.testing.DeskClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The page cache over real HTTP on the demo publication, on each store: hits, exact invalidation
 * when the desk publishes, edits, moves and withdraws, ETags and 304s, gzip, surrogate keys,
 * fingerprinted assets, and what is never stored.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "iskra.schedule.initial-delay=1h")
abstract class PageCacheIntegrationTests {

  static final String PASSWORD = "a long enough passphrase";
  static final String TUPAC = "/americas/tupac-amaru-ii-and-the-great-andean-rebellion-of-1780";

  @LocalServerPort int port;
  @Autowired PageCache cache;
  @Autowired AccountRegistry accounts;
  @Autowired Sections sections;
  @Autowired Fundraising fundraising;
  @Autowired ArticleCatalogue catalogue;
  @Autowired ArticlePublisher publisher;
  @Autowired MediaLibrary library;

  private final HttpClient http =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  @BeforeEach
  void emptyCache() {
    cache.purgeAll();
    if (accounts.find("cache-editor@example.org").isEmpty()) {
      accounts.create("cache-editor@example.org", "Cache Editor", Role.EDITOR, PASSWORD);
    }
  }

  HttpResponse<byte[]> get(String path, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(20));
    if (headers.length > 0) {
      request.headers(headers);
    }
    try {
      return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  String text(String path) {
    HttpResponse<byte[]> response = get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return new String(response.body(), StandardCharsets.UTF_8);
  }

  static String header(HttpResponse<?> response, String name) {
    return response.headers().firstValue(name).orElse(null);
  }

  String outcome(String path) {
    HttpResponse<byte[]> response = get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return header(response, "X-Cache");
  }

  /** Every kind of public page: stored on the first read, answered from memory on the second. */
  static final List<String> PAGES =
      List.of(
          "/",
          "/americas",
          TUPAC,
          "/author/editorial-board",
          "/tag/imperialism",
          "/country/pe",
          "/countries",
          "/archive",
          "/archive/2023",
          "/archive/2023/11",
          "/feed.xml",
          "/americas/atom.xml",
          "/tag/imperialism/feed.json",
          "/sitemap.xml",
          "/sitemaps/pages.xml",
          "/sitemaps/articles-1.xml",
          "/sitemaps/news.xml");

  @Test
  void everyKindOfPublicPageIsStoredThenServedFromMemoryWithItsTagsAndA304() {
    for (String path : PAGES) {
      HttpResponse<byte[]> first = get(path);
      assertThat(first.statusCode()).as(path).isEqualTo(200);
      assertThat(header(first, "X-Cache")).as(path).isEqualTo("MISS");
      HttpResponse<byte[]> second = get(path);
      assertThat(header(second, "X-Cache")).as(path).isEqualTo("HIT");
      assertThat(second.body()).as(path).isEqualTo(first.body());
      String etag = header(second, "ETag");
      assertThat(etag).as(path).matches("\"[0-9a-f]{32}\"").isEqualTo(header(first, "ETag"));
      assertThat(header(second, "Vary")).as(path).isEqualTo("Accept-Encoding");
      assertThat(header(second, "Surrogate-Key")).as(path).isNotBlank();
      assertThat(header(second, "Cache-Tag"))
          .as(path)
          .isEqualTo(header(second, "Surrogate-Key").replace(' ', ','));
      assertThat(header(second, "Content-Security-Policy")).as(path).contains("default-src");
      // A hit is answered with the drawn page's own headers, whichever door it came through.
      for (String name :
          List.of("Content-Type", "Cache-Control", "Content-Security-Policy", "ETag", "Vary")) {
        assertThat(second.headers().allValues(name))
            .as(path + " " + name)
            .isEqualTo(first.headers().allValues(name));
      }
      HttpResponse<byte[]> revalidated = get(path, "If-None-Match", etag);
      assertThat(revalidated.statusCode()).as(path).isEqualTo(304);
      assertThat(revalidated.body()).as(path).isEmpty();
      assertThat(header(revalidated, "ETag")).isEqualTo(etag);
    }
    assertThat(header(get("/americas"), "Surrogate-Key"))
        .contains("listing:/americas", "article:")
        .doesNotContain("listing:/middle-east");
    assertThat(header(get(TUPAC), "Cache-Control"))
        .isEqualTo("public, max-age=0, stale-if-error=86400");
    assertThat(header(get("/feed.xml"), "Cache-Control")).isEqualTo("max-age=300, public");
    assertThat(header(get("/sitemap.xml"), "Surrogate-Key")).isEqualTo("sitemaps");
  }

  @Test
  void eachEditionIsStoredUnderItsOwnAddress() {
    // The edition filter hands later filters the path without its prefix; the cache must still
    // tell /es from / and /es/america from /americas.
    for (int round = 0; round < 2; round++) {
      assertThat(Jsoup.parse(text("/")).selectFirst("html").attr("lang")).isEqualTo("en");
      assertThat(Jsoup.parse(text("/es")).selectFirst("html").attr("lang")).isEqualTo("es");
      assertThat(Jsoup.parse(text("/americas")).selectFirst("html").attr("lang")).isEqualTo("en");
      assertThat(Jsoup.parse(text("/es/america")).selectFirst("html").attr("lang")).isEqualTo("es");
    }
    assertThat(header(get("/es"), "X-Cache")).isEqualTo("HIT");
  }

  @Test
  void pagesAreStoredGzippedAndServedInTheCodingTheReaderAccepts() throws IOException {
    HttpResponse<byte[]> plain = get("/americas");
    HttpResponse<byte[]> zipped = get("/americas", "Accept-Encoding", "br;q=0.5, gzip;q=0.8");
    assertThat(header(zipped, "X-Cache")).isEqualTo("HIT");
    assertThat(header(zipped, "Content-Encoding")).isEqualTo("gzip");
    assertThat(header(plain, "Content-Encoding")).isNull();
    assertThat(header(zipped, "Vary")).isEqualTo("Accept-Encoding");
    byte[] unzipped = new GZIPInputStream(new ByteArrayInputStream(zipped.body())).readAllBytes();
    assertThat(unzipped).isEqualTo(plain.body());
    assertThat(zipped.body().length).isLessThan(plain.body().length / 3);
    String etag = header(plain, "ETag");
    assertThat(header(zipped, "ETag")).isEqualTo(etag.substring(0, etag.length() - 1) + "-gzip\"");
    // Browsers ask for brotli first: made once from the stored page, the same bytes unpacked.
    HttpResponse<byte[]> brotli = get("/americas", "Accept-Encoding", "gzip, deflate, br, zstd");
    assertThat(header(brotli, "X-Cache")).isEqualTo("HIT");
    assertThat(header(brotli, "Content-Encoding")).isEqualTo("br");
    assertThat(header(brotli, "ETag")).isEqualTo(etag.substring(0, etag.length() - 1) + "-br\"");
    assertThat(Decoder.decompress(brotli.body()).getDecompressedData()).isEqualTo(plain.body());
    assertThat(brotli.body().length).isLessThan(zipped.body().length);
    assertThat(
            get("/americas", "Accept-Encoding", "br", "If-None-Match", header(brotli, "ETag"))
                .statusCode())
        .isEqualTo(304);
    // The unzipped body is kept once a reader asked for it, and stays the same bytes.
    HttpResponse<byte[]> plainAgain = get("/americas", "Accept-Encoding", "gzip;q=0");
    assertThat(header(plainAgain, "X-Cache")).isEqualTo("HIT");
    assertThat(header(plainAgain, "Content-Encoding")).isNull();
    assertThat(plainAgain.body()).isEqualTo(plain.body());
    assertThat(header(get("/americas"), "ETag")).isEqualTo(etag);
    assertThat(
            get("/americas", "Accept-Encoding", "gzip", "If-None-Match", header(plain, "ETag"))
                .statusCode())
        .isEqualTo(304);
  }

  @Test
  void publishingEditingMovingAndWithdrawingRefreshExactlyThePagesThatShowTheArticle() {
    Document front = Jsoup.parse(text("/"));
    String gaza = front.select("article.teaser a[href^=/middle-east/]").first().attr("href");
    List<String> touched =
        List.of(
            "/",
            "/americas",
            "/feed.xml",
            "/americas/feed.xml",
            "/tag/imperialism",
            "/country/pe",
            "/sitemaps/articles-1.xml",
            "/sitemaps/news.xml",
            "/countries");
    List<String> untouched =
        List.of("/middle-east", gaza, "/tag/mining", "/country/gy", "/archive/2023/11");
    Map<String, String> before = new LinkedHashMap<>();
    touched.forEach(page -> before.put(page, text(page)));
    untouched.forEach(this::text);

    DeskClient desk = new DeskClient(port).signIn("cache-editor@example.org", PASSWORD);
    long americas = sections.findBySlug("americas").orElseThrow().id();
    long id = start(desk, fields("Cache dispatch from Cusco", americas, 0, "publish"));
    String path = "/americas/cache-dispatch-from-cusco";

    for (String page : touched) {
      String now = text(page);
      assertThat(now).as(page).isNotEqualTo(before.get(page));
      if (!page.equals("/countries")) {
        assertThat(now).as(page).contains("cache-dispatch-from-cusco");
      }
    }
    assertThat(text(path)).contains("Cache dispatch from Cusco");
    assertThat(text("/author/ana-morales")).contains("Cache dispatch from Cusco");
    for (String page : untouched) {
      assertThat(outcome(page)).as(page).isEqualTo("HIT");
    }

    // A new title: the article's page and every page that shows it, nothing else.
    List.of(path, "/", "/americas", "/feed.xml").forEach(this::text);
    save(desk, id, fields("Cache dispatch retitled", americas, 1, "save"));
    String renamed = "/americas/cache-dispatch-retitled";
    assertThat(text(renamed)).contains("Cache dispatch retitled");
    for (String page : List.of("/", "/americas", "/feed.xml", "/tag/imperialism")) {
      assertThat(text(page))
          .as(page)
          .contains("Cache dispatch retitled")
          .doesNotContain("Cache dispatch from Cusco");
    }
    assertThat(get(path).statusCode()).isEqualTo(301);
    for (String page : untouched) {
      assertThat(outcome(page)).as(page).isEqualTo("HIT");
    }

    // Moved to another section: it leaves the old section's pages and joins the new one's.
    long middleEast = sections.findBySlug("middle-east").orElseThrow().id();
    text("/middle-east");
    save(desk, id, fields("Cache dispatch retitled", middleEast, 2, "save"));
    assertThat(text("/americas")).doesNotContain("Cache dispatch retitled");
    assertThat(text("/americas/feed.xml")).doesNotContain("Cache dispatch retitled");
    assertThat(text("/middle-east")).contains("Cache dispatch retitled");
    assertThat(text("/middle-east/cache-dispatch-retitled")).contains("Cache dispatch retitled");
    assertThat(outcome("/country/gy")).isEqualTo("HIT");

    // Withdrawn: gone from its page and every listing, feed and sitemap.
    List.of("/", "/middle-east", "/feed.xml", "/sitemaps/articles-1.xml").forEach(this::text);
    save(desk, id, fields("Cache dispatch retitled", middleEast, 3, "unpublish"));
    assertThat(get("/middle-east/cache-dispatch-retitled").statusCode()).isEqualTo(404);
    assertThat(get("/middle-east/cache-dispatch-retitled").statusCode()).isEqualTo(404);
    for (String page :
        List.of(
            "/",
            "/middle-east",
            "/feed.xml",
            "/sitemaps/articles-1.xml",
            "/tag/imperialism",
            "/country/pe")) {
      assertThat(text(page))
          .as(page)
          .doesNotContain("cache-dispatch-retitled")
          .doesNotContain("Cache dispatch retitled");
    }
    assertThat(outcome("/tag/mining")).isEqualTo("HIT");
  }

  @Test
  void anImageDescribedOrDeletedLeavesThePagesThatShowItAndOnlyThose() throws Exception {
    Account editor = accounts.find("cache-editor@example.org").orElseThrow();
    BufferedImage picture = new BufferedImage(800, 450, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(picture, "png", png);
    Media image =
        library.upload(png.toByteArray(), "dockers.png", "Dockers at the gate", editor.email(), "");
    long americas = sections.findBySlug("americas").orElseThrow().id();
    Article article =
        publisher.create(
            new Manuscript(
                "en",
                "Cache image dispatch",
                null,
                "Dockers held the gate.",
                "<p>Dockers held the gate.</p>",
                americas,
                List.of(),
                List.of(),
                List.of(),
                image.key()),
            ArticleStatus.PUBLISHED,
            null);
    String path = "/americas/" + article.slug();
    assertThat(text(path)).contains("alt=\"Dockers at the gate\"");
    assertThat(outcome(path)).isEqualTo("HIT");
    text(TUPAC);

    library.describe(image.key(), "Dockers blocking the gate", "Photo: the union", "", editor);

    assertThat(text(path))
        .contains("alt=\"Dockers blocking the gate\"")
        .contains("Photo: the union");
    assertThat(outcome(TUPAC)).as("a page without the image").isEqualTo("HIT");

    text(path);
    library.delete(image.key(), editor, "");
    assertThat(text(path)).doesNotContain(image.key()).doesNotContain("Dockers blocking the gate");
  }

  @Test
  void aDonationChangesTheAppealBlockOnTheArticlesThatCarryIt() {
    String article =
        Jsoup.parse(text("/americas"))
            .select("article.teaser a[href*=panamerican-school-appeal]")
            .first()
            .attr("href");
    String before = text(article);
    text(TUPAC);
    assertThat(outcome(article)).isEqualTo("HIT");
    long appeal = fundraising.list().getFirst().id();
    fundraising.recordByHand(
        appeal, "100", fundraising.get(appeal).currency(), "Reader", "", false);
    assertThat(get(article).headers().firstValue("X-Cache")).contains("MISS");
    assertThat(text(article)).isNotEqualTo(before).contains("8,850");
    assertThat(outcome(TUPAC)).as("an article without the appeal").isEqualTo("HIT");
  }

  @Test
  void theDeskSessionsPostsAndOddQueriesAreNeverStored() {
    DeskClient desk = new DeskClient(port).signIn("cache-editor@example.org", PASSWORD);
    HttpResponse<String> deskPage = desk.get("/desk");
    assertThat(deskPage.headers().firstValue("X-Cache")).isEmpty();
    assertThat(deskPage.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
    HttpResponse<String> signedInFront = desk.get("/");
    assertThat(signedInFront.statusCode()).isEqualTo(200);
    assertThat(signedInFront.headers().firstValue("X-Cache")).isEmpty();

    for (String odd :
        List.of(
            "/?utm_source=x",
            "/americas?page=1&x=2",
            "/search?q=peru",
            "/appeals",
            "/appeals/panamerican-school-of-the-imt",
            "/events")) {
      HttpResponse<byte[]> response = get(odd);
      assertThat(response.statusCode()).as(odd).isEqualTo(200);
      assertThat(header(response, "X-Cache")).as(odd).isNull();
      String etag = header(response, "ETag");
      assertThat(etag).as(odd).startsWith("W/\"");
      assertThat(get(odd, "If-None-Match", etag).statusCode()).as(odd).isEqualTo(304);
    }
    assertThat(get("/no-such-section").statusCode()).isEqualTo(404);
    assertThat(header(get("/no-such-section"), "X-Cache")).isNull();
    HttpResponse<String> post = desk.post("/newsletter", Map.of("email", "someone@example.org"));
    assertThat(post.headers().firstValue("X-Cache")).isEmpty();
  }

  @Test
  void stylesheetsAreLinkedByFingerprintAndServedImmutable() {
    Document front = Jsoup.parse(text("/"));
    String css = front.selectFirst("link[rel=stylesheet]").attr("href");
    assertThat(css).matches("/assets/iskra-[0-9a-f]{32}\\.css");
    HttpResponse<byte[]> asset = get(css);
    assertThat(asset.statusCode()).isEqualTo(200);
    assertThat(header(asset, "Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
    HttpResponse<byte[]> plain = get("/assets/iskra.css");
    assertThat(plain.statusCode()).isEqualTo(200);
    assertThat(plain.body()).isEqualTo(asset.body());
    assertThat(header(plain, "Cache-Control")).doesNotContain("immutable");

    DeskClient desk = new DeskClient(port).signIn("cache-editor@example.org", PASSWORD);
    String deskCss =
        Jsoup.parse(desk.get("/desk").body()).selectFirst("link[rel=stylesheet]").attr("href");
    assertThat(deskCss).matches("/assets/desk-[0-9a-f]{32}\\.css");
    assertThat(get(deskCss).statusCode()).isEqualTo(200);
  }

  Map<String, String> fields(String title, long section, int version, String action) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("title", title);
    fields.put("standfirst", "A standfirst for the cache.");
    fields.put("body", "<p>Body of the dispatch.</p>");
    fields.put("section", Long.toString(section));
    fields.put("authors", "Ana Morales");
    fields.put("tags", "Imperialism");
    fields.put("countries", "PE");
    fields.put("language", "en");
    fields.put("version", Integer.toString(version));
    fields.put("action", action);
    return fields;
  }

  long start(DeskClient desk, Map<String, String> fields) {
    HttpResponse<String> created = desk.submit("/desk/articles", fields);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
    return Long.parseLong(
        created
            .headers()
            .firstValue("Location")
            .orElseThrow()
            .replaceAll(".*/articles/(\\d+).*", "$1"));
  }

  void save(DeskClient desk, long id, Map<String, String> fields) {
    fields.put("version", Integer.toString(catalogue.find(id).orElseThrow().article().version()));
    HttpResponse<String> saved = desk.submit("/desk/articles/" + id, fields);
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
  }
}
