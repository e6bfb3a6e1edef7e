package org.iskra.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.iskra.account.AccountRegistry;
import org.iskra.account.Role;
import org.iskra.article.ArticlePublisher;
import org.iskra.article.ArticleStatus;
import org.iskra.article.Manuscript;
import org.iskra.section.Sections;
import org.iskra.store.TestDatabases;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.json.JsonParserFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The media library over real HTTP, as the desk's browser and the article editor use it: uploads
 * with and without CSRF, refusals, the public files and who may delete what.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class MediaIntegrationTests {

  static final String PASSWORD = "a long enough passphrase";

  /** Small limits, so that the over-size test sends kilobytes, not megabytes. */
  static void properties(DynamicPropertyRegistry registry, TestDatabases.Kind kind) {
    TestDatabases.emptyDatabaseProperties(kind).forEach((k, v) -> registry.add(k, () -> v));
    try {
      Path media = Files.createTempDirectory("iskra-media-");
      registry.add("iskra.media.directory", media::toString);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    registry.add("spring.servlet.multipart.max-file-size", () -> "300KB");
    registry.add("spring.servlet.multipart.max-request-size", () -> "300KB");
  }

  @LocalServerPort int port;
  @Autowired AccountRegistry registry;
  @Autowired JdbcClient jdbc;
  @Autowired MediaLibrary library;
  @Autowired ArticlePublisher publisher;
  @Autowired Sections sections;

  @Value("${iskra.media.directory}")
  Path mediaDirectory;

  String editor;
  String contributor;

  @BeforeEach
  void accounts() {
    String id = UUID.randomUUID().toString().substring(0, 8);
    editor = "editor-" + id + "@example.org";
    contributor = "contributor-" + id + "@example.org";
    registry.create(editor, "Clara", Role.EDITOR, PASSWORD);
    registry.create(contributor, "Milan", Role.CONTRIBUTOR, PASSWORD);
  }

  @Test
  void anonymousReadersAreSentToSignIn() throws Exception {
    Browser anonymous = new Browser();
    for (String path : new String[] {"/desk/media", "/desk/media/library.json"}) {
      HttpResponse<String> response = anonymous.get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(302);
      assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }
  }

  @Test
  void theDeskFormUploadsAndThePublicFilesCarryNoMetadata() throws Exception {
    Browser browser = signedIn(editor);
    Document library = Jsoup.parse(browser.get("/desk/media").body());
    String action = library.selectFirst("form.media-upload").attr("action");
    String token = library.selectFirst("form.media-upload input[name=_csrf]").attr("value");
    assertThat(action).startsWith("/desk/media?_csrf=");
    byte[] photo = TestImages.withExif(TestImages.jpeg(1200, 900));

    HttpResponse<String> upload =
        browser.multipart(
            action,
            Map.of(),
            new Part("_csrf", null, token.getBytes(StandardCharsets.UTF_8)),
            new Part("alt", null, "Fishing boats in the harbour at dawn".getBytes()),
            new Part("file", "harbour.jpg", photo));

    assertThat(upload.statusCode()).isEqualTo(302);
    String location = upload.headers().firstValue("Location").orElseThrow();
    assertThat(location).matches(".*/desk/media/[A-Za-z0-9_-]{22}\\?uploaded");
    String key = location.replaceAll(".*/desk/media/([^?]+).*", "$1");
    Document page = Jsoup.parse(browser.get("/desk/media/" + key + "?uploaded").body());
    assertThat(page.selectFirst("[role=status]").text()).contains("Uploaded");
    assertThat(page.select(".missing-alt")).isEmpty();
    // Upright: orientation 6 turns the stored 1200×900 into 900×1200.
    assertThat(page.selectFirst(".media-preview img").attr("width")).isEqualTo("900");
    assertThat(page.selectFirst(".media-preview img").attr("srcset"))
        .isEqualTo("/media/%s/480.jpg 480w, /media/%s/900.jpg 900w".formatted(key, key));

    Browser reader = new Browser();
    for (int width : new int[] {480, 900}) {
      HttpResponse<byte[]> file = reader.bytes("/media/" + key + "/" + width + ".jpg");
      assertThat(file.statusCode()).isEqualTo(200);
      assertThat(file.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("image/jpeg");
      assertThat(file.headers().firstValue("Cache-Control").orElseThrow())
          .isEqualTo("public, max-age=31536000, immutable");
      assertThat(file.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
      assertThat(file.headers().firstValue("Set-Cookie")).as("no session").isEmpty();
      assertThat(TestImages.contains(file.body(), "Exif")).isFalse();
      assertThat(TestImages.contains(file.body(), "SpyCam")).isFalse();
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(file.body()));
      assertThat(image.getWidth()).isEqualTo(width);
    }
    HttpResponse<String> again =
        reader.http.send(
            HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/media/" + key + "/480.jpg"))
                .header("If-None-Match", "\"" + key + "-480\"")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(again.statusCode()).as("a cached copy is still good").isEqualTo(304);
    for (String missing :
        new String[] {"/1600.jpg", "/480.png", "/480.gif", "/abc.jpg", "/0480.jpg"}) {
      assertThat(reader.get("/media/" + key + missing).statusCode()).as(missing).isEqualTo(404);
    }
    assertThat(reader.get("/media/AAAAAAAAAAAAAAAAAAAAAA/480.jpg").statusCode()).isEqualTo(404);
    assertThat(
            jdbc.sql(
                    "SELECT COUNT(*) FROM audit_entries WHERE action = 'media.uploaded' AND actor = ?")
                .param(editor)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void theEditorEndpointAnswersJsonAndSearchFindsByAltText() throws Exception {
    Browser browser = signedIn(editor);
    String word = "lighthouse" + UUID.randomUUID().toString().substring(0, 6);

    HttpResponse<String> upload =
        browser.multipart(
            "/desk/media/uploads",
            browser.csrfHeader(),
            new Part("file", "beam.png", TestImages.png(1000, 500)),
            new Part("alt", null, ("A " + word + " at night").getBytes(StandardCharsets.UTF_8)));

    assertThat(upload.statusCode()).isEqualTo(201);
    Map<String, Object> json = JsonParserFactory.getJsonParser().parseMap(upload.body());
    String key = (String) json.get("key");
    assertThat(json.get("location")).isEqualTo("/media/" + key + "/960.jpg");
    assertThat(upload.headers().firstValue("Location").orElseThrow())
        .endsWith("/media/" + key + "/960.jpg");
    assertThat(json.get("srcset"))
        .isEqualTo(
            "/media/%s/480.jpg 480w, /media/%s/960.jpg 960w, /media/%s/1000.jpg 1000w"
                .formatted(key, key, key));
    assertThat(json).containsEntry("width", 1000).containsEntry("height", 500);
    assertThat(json.get("alt")).isEqualTo("A " + word + " at night");

    Map<String, Object> found =
        JsonParserFactory.getJsonParser()
            .parseMap(browser.get("/desk/media/library.json?q=" + word.toUpperCase()).body());
    assertThat(found.get("total")).isEqualTo(1);
    assertThat(found.get("items").toString()).contains(key);

    Document page = Jsoup.parse(browser.get("/desk/media?q=" + word).body());
    assertThat(page.select(".media-grid li")).hasSize(1);
    assertThat(page.selectFirst(".media-grid li").attr("data-key")).isEqualTo(key);
    assertThat(
            Jsoup.parse(browser.get("/desk/media?q=no-such-" + word).body())
                .select(".media-grid li"))
        .isEmpty();
  }

  @Test
  void uploadsWithoutCsrfAreForbiddenAndStoreNothing() throws Exception {
    Browser browser = signedIn(editor);
    long rows = rows();
    long files = files();

    HttpResponse<String> json =
        browser.multipart(
            "/desk/media/uploads", Map.of(), new Part("file", "a.png", TestImages.png(50, 50)));
    HttpResponse<String> form =
        browser.multipart(
            "/desk/media", Map.of(), new Part("file", "a.png", TestImages.png(50, 50)));

    assertThat(json.statusCode()).isEqualTo(403);
    assertThat(form.statusCode()).isEqualTo(403);
    assertThat(rows()).isEqualTo(rows);
    assertThat(files()).isEqualTo(files);
  }

  @Test
  void aRenamedHtmlFileIsRefusedAndNothingIsStored() throws Exception {
    Browser browser = signedIn(editor);
    long rows = rows();
    long files = files();
    byte[] html =
        "<html><body onload=alert(1)>photo</body></html>".getBytes(StandardCharsets.UTF_8);

    HttpResponse<String> json =
        browser.multipart(
            "/desk/media/uploads", browser.csrfHeader(), new Part("file", "x.jpg", html));
    assertThat(json.statusCode()).isEqualTo(415);
    assertThat(JsonParserFactory.getJsonParser().parseMap(json.body()).get("error").toString())
        .contains("not a JPEG, PNG, WebP or GIF");

    HttpResponse<String> form =
        browser.multipart("/desk/media", browser.csrfHeader(), new Part("file", "x.jpg", html));
    assertThat(form.statusCode()).isEqualTo(415);
    assertThat(Jsoup.parse(form.body()).selectFirst("[role=alert]").text())
        .contains("not a JPEG, PNG, WebP or GIF");

    assertThat(rows()).isEqualTo(rows);
    assertThat(files()).isEqualTo(files);
  }

  @Test
  void anOverSizeUploadIsAClear413() throws Exception {
    Browser browser = signedIn(editor);
    byte[] big = new byte[350 * 1024];
    System.arraycopy(TestImages.png(10, 10), 0, big, 0, 20);

    HttpResponse<String> json =
        browser.multipart(
            "/desk/media/uploads", browser.csrfHeader(), new Part("file", "big.png", big));
    assertThat(json.statusCode()).isEqualTo(413);
    assertThat(JsonParserFactory.getJsonParser().parseMap(json.body()).get("error").toString())
        .contains("too large");

    HttpResponse<String> chunked =
        browser.multipart(
            "/desk/media/uploads", browser.csrfHeader(), true, new Part("file", "big.png", big));
    assertThat(chunked.statusCode()).isEqualTo(413);
    assertThat(JsonParserFactory.getJsonParser().parseMap(chunked.body()).get("error").toString())
        .contains("too large");

    Document library = Jsoup.parse(browser.get("/desk/media").body());
    String action = library.selectFirst("form.media-upload").attr("action");
    HttpResponse<String> form =
        browser.multipart(action, Map.of(), new Part("file", "big.png", big));
    assertThat(form.statusCode()).isEqualTo(413);
    assertThat(Jsoup.parse(form.body()).selectFirst("h1").text()).isEqualTo("File too large");
  }

  @Test
  void onlyTheUploaderEditorsAndAdminsMayDelete() throws Exception {
    Browser editorBrowser = signedIn(editor);
    HttpResponse<String> upload =
        editorBrowser.multipart(
            "/desk/media/uploads",
            editorBrowser.csrfHeader(),
            new Part("file", "vote.png", TestImages.transparentPng(600, 400)));
    String key = (String) JsonParserFactory.getJsonParser().parseMap(upload.body()).get("key");
    assertThat(reader().bytes("/media/" + key + "/600.png").headers().firstValue("Content-Type"))
        .contains("image/png");
    Document page = Jsoup.parse(editorBrowser.get("/desk/media/" + key).body());
    assertThat(page.selectFirst(".notice--warn").text()).contains("Missing alt text");

    Browser contributorBrowser = signedIn(contributor);
    Document seen = Jsoup.parse(contributorBrowser.get("/desk/media/" + key).body());
    assertThat(seen.select("a[href$=/delete]")).as("no delete link").isEmpty();
    assertThat(seen.selectFirst("textarea#alt").hasAttr("disabled")).isTrue();
    String token = seen.selectFirst("meta[name=csrf-token]").attr("content");
    assertThat(
            contributorBrowser
                .post("/desk/media/" + key + "/delete", "_csrf=" + enc(token))
                .statusCode())
        .isEqualTo(403);
    assertThat(
            contributorBrowser
                .post("/desk/media/" + key, "_csrf=" + enc(token) + "&alt=mine")
                .statusCode())
        .isEqualTo(403);
    assertThat(contributorBrowser.get("/desk/media/" + key + "/delete").statusCode())
        .isEqualTo(403);
    assertThat(Files.exists(mediaDirectory.resolve(key).resolve("600.png"))).isTrue();

    Document confirm = Jsoup.parse(editorBrowser.get("/desk/media/" + key + "/delete").body());
    String editorToken = confirm.selectFirst("form input[name=_csrf]").attr("value");
    HttpResponse<String> delete =
        editorBrowser.post("/desk/media/" + key + "/delete", "_csrf=" + enc(editorToken));
    assertThat(delete.statusCode()).isEqualTo(302);
    assertThat(delete.headers().firstValue("Location").orElseThrow())
        .endsWith("/desk/media?deleted");
    assertThat(mediaDirectory.resolve(key)).doesNotExist();
    assertThat(reader().get("/media/" + key + "/600.png").statusCode()).isEqualTo(404);
    assertThat(editorBrowser.get("/desk/media/" + key).statusCode()).isEqualTo(404);
    assertThat(
            jdbc.sql(
                    "SELECT COUNT(*) FROM audit_entries WHERE action = 'media.deleted' AND subject LIKE ?")
                .param("%" + key + "%")
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void theDeletePageNamesTheArticlesThatShowTheImage() throws Exception {
    Media image =
        library.upload(
            TestImages.jpeg(1000, 600), "strike.jpg", "Strikers at the gate", editor, "");
    Media unused = library.upload(TestImages.jpeg(800, 600), "spare.jpg", "Spare", editor, "");
    long section =
        sections
            .findBySlug("media-uses")
            .orElseGet(() -> sections.save("media-uses", "Uses", "", 9))
            .id();
    publisher.create(
        new Manuscript(
            "en",
            "Featured strike",
            null,
            "Standfirst.",
            "<p>Text.</p>",
            section,
            List.of(),
            List.of(),
            List.of(),
            image.key()),
        ArticleStatus.PUBLISHED,
        null);
    publisher.create(
        new Manuscript(
            "en",
            "Strike in the text",
            null,
            "Standfirst.",
            "<p>Before.</p><p><img src=\"/media/"
                + image.key()
                + "/600.jpg\" alt=\"Strikers\"></p>",
            section,
            List.of(),
            List.of(),
            List.of(),
            ""),
        ArticleStatus.DRAFT,
        null);
    publisher.create(
        new Manuscript(
            "en",
            "Unrelated",
            null,
            "Standfirst.",
            "<p>Nothing to see.</p>",
            section,
            List.of(),
            List.of(),
            List.of(),
            ""),
        ArticleStatus.PUBLISHED,
        null);

    Browser browser = signedIn(editor);
    Document confirm = Jsoup.parse(browser.get("/desk/media/" + image.key() + "/delete").body());
    assertThat(confirm.select(".media-uses li").eachText())
        .containsExactlyInAnyOrder("Strike in the text draft", "Featured strike published");
    assertThat(confirm.select(".media-uses a").eachAttr("href"))
        .allMatch(h -> h.startsWith("/desk/articles/"));
    Document none = Jsoup.parse(browser.get("/desk/media/" + unused.key() + "/delete").body());
    assertThat(none.select(".media-uses li")).isEmpty();
    assertThat(none.selectFirst(".media-uses--none").text()).isEqualTo("No article shows it.");
  }

  @Test
  void theUploaderMayDescribeTheirOwnImage() throws Exception {
    Browser browser = signedIn(contributor);
    String action =
        Jsoup.parse(browser.get("/desk/media").body())
            .selectFirst("form.media-upload")
            .attr("action");
    HttpResponse<String> upload =
        browser.multipart(action, Map.of(), new Part("file", "own.gif", TestImages.gif(200, 100)));
    String key =
        upload
            .headers()
            .firstValue("Location")
            .orElseThrow()
            .replaceAll(".*/desk/media/([^?]+).*", "$1");
    Document page = Jsoup.parse(browser.get("/desk/media/" + key + "?uploaded=gif").body());
    assertThat(page.selectFirst("[role=status]").text()).contains("only its first frame");
    assertThat(page.selectFirst(".media-preview img").attr("src")).endsWith("/200.png");
    String token = page.selectFirst("form input[name=_csrf]").attr("value");

    HttpResponse<String> save =
        browser.post(
            "/desk/media/" + key,
            "_csrf="
                + enc(token)
                + "&alt="
                + enc("A chart of turnout")
                + "&caption="
                + enc("Turnout by region")
                + "&credit="
                + enc("Data desk"));

    assertThat(save.statusCode()).isEqualTo(302);
    Document saved = Jsoup.parse(browser.get("/desk/media/" + key + "?saved").body());
    assertThat(saved.select(".notice--warn")).isEmpty();
    assertThat(saved.selectFirst("textarea#alt").text()).isEqualTo("A chart of turnout");
    assertThat(saved.selectFirst("input#credit").attr("value")).isEqualTo("Data desk");
  }

  @Test
  void severalImagesAreResolvedAtOnceInTheOrderAsked() {
    Media first = library.upload(TestImages.png(100, 50), "first.png", editor);
    Media second = library.upload(TestImages.jpeg(120, 60), "second.jpg", editor);

    List<Media> found =
        library.listByKeys(
            List.of(second.key(), "AAAAAAAAAAAAAAAAAAAAAA", first.key(), second.key(), "../x"));

    assertThat(found).extracting(Media::key).containsExactly(second.key(), first.key());
    assertThat(found.getFirst().srcset()).isEqualTo("/media/" + second.key() + "/120.jpg 120w");
    assertThat(library.listByKeys(List.of())).isEmpty();
  }

  Browser reader() {
    return new Browser();
  }

  Browser signedIn(String email) throws Exception {
    Browser browser = new Browser();
    String token =
        Jsoup.parse(browser.get("/login").body()).selectFirst("input[name=_csrf]").attr("value");
    HttpResponse<String> signIn =
        browser.post(
            "/login",
            "_csrf=" + enc(token) + "&email=" + enc(email) + "&password=" + enc(PASSWORD));
    assertThat(signIn.headers().firstValue("Location").orElseThrow()).endsWith("/desk");
    return browser;
  }

  long rows() {
    return jdbc.sql("SELECT COUNT(*) FROM media").query(Long.class).single();
  }

  long files() throws IOException {
    if (!Files.exists(mediaDirectory)) {
      return 0;
    }
    try (Stream<Path> all = Files.walk(mediaDirectory)) {
      return all.filter(Files::isRegularFile).count();
    }
  }

  static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** A form field or a file of a multipart body. */
  record Part(String name, String filename, byte[] content) {}

  /** A browser with its own cookies that does not follow redirects. */
  class Browser {

    final HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
      return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> bytes(String path) throws IOException, InterruptedException {
      return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
      return http.send(
          request(path)
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(form))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    }

    /** The CSRF header the editor's script sends, read from a desk page's meta tags. */
    Map<String, String> csrfHeader() throws IOException, InterruptedException {
      Document page = Jsoup.parse(get("/desk/media").body());
      return Map.of(
          page.selectFirst("meta[name=csrf-header]").attr("content"),
          page.selectFirst("meta[name=csrf-token]").attr("content"));
    }

    HttpResponse<String> multipart(String path, Map<String, String> headers, Part... parts)
        throws IOException, InterruptedException {
      return multipart(path, headers, false, parts);
    }

    /** Chunked bodies have no Content-Length, as some clients send them. */
    HttpResponse<String> multipart(
        String path, Map<String, String> headers, boolean chunked, Part... parts)
        throws IOException, InterruptedException {
      String boundary = "----iskra" + UUID.randomUUID();
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      for (Part part : parts) {
        StringBuilder head = new StringBuilder("--").append(boundary).append("\r\n");
        head.append("Content-Disposition: form-data; name=\"").append(part.name()).append('"');
        if (part.filename() != null) {
          head.append("; filename=\"").append(part.filename()).append('"');
          // What a browser claims from the name; the library must not believe it.
          head.append("\r\nContent-Type: image/jpeg");
        }
        head.append("\r\n\r\n");
        body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        body.writeBytes(part.content());
        body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
      }
      body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
      HttpRequest.Builder request =
          request(path)
              .header("Content-Type", "multipart/form-data; boundary=" + boundary)
              .POST(
                  chunked
                      ? HttpRequest.BodyPublishers.ofInputStream(
                          () -> new ByteArrayInputStream(body.toByteArray()))
                      : HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
      headers.forEach(request::header);
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
      return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    }
  }
}
