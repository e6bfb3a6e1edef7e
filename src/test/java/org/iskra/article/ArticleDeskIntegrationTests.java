package org.iskra.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.iskra.account.AccountRegistry;
import org.iskra.account.Role;
import org.iskra.section.Sections;
import org.iskra.testing.DeskClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The article desk over real HTTP, on each store: roles checked on the server, version conflicts,
 * the alt-text rule, autosave, the trash, revisions, the audit trail and exactly-once scheduling.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "iskra.schedule.initial-delay=1h")
abstract class ArticleDeskIntegrationTests {

  static final String PASSWORD = "a long enough passphrase";

  @LocalServerPort int port;
  @Autowired AccountRegistry accounts;
  @Autowired Sections sections;
  @Autowired ArticlePublisher publisher;
  @Autowired Articles articles;
  @Autowired JdbcClient jdbc;
  @Autowired org.iskra.media.MediaLibrary media;

  long section;

  @BeforeEach
  void people() {
    for (Role role : Role.values()) {
      for (String who : List.of("", "2")) {
        String email = role.code() + who + "@example.org";
        if (accounts.find(email).isEmpty()) {
          accounts.create(email, role.code() + who, role, PASSWORD);
        }
      }
    }
    section = sections.findBySlug("americas").orElseThrow().id();
  }

  DeskClient as(String email) {
    return new DeskClient(port).signIn(email, PASSWORD);
  }

  Map<String, String> fields(String title, int version, String action) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("title", title);
    fields.put("standfirst", "A standfirst.");
    fields.put("body", "<p>Body of " + title + ".</p>");
    fields.put("section", Long.toString(section));
    fields.put("authors", "Ana Morales");
    fields.put("tags", "Labour");
    fields.put("language", "en");
    fields.put("version", Integer.toString(version));
    fields.put("action", action);
    return fields;
  }

  long start(DeskClient desk, String title, String action) {
    HttpResponse<String> created = desk.submit("/desk/articles", fields(title, 0, action));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
    return Long.parseLong(
        created
            .headers()
            .firstValue("Location")
            .orElseThrow()
            .replaceAll(".*/articles/(\\d+).*", "$1"));
  }

  Article stored(long id) {
    return articles.findById(id).orElseThrow();
  }

  @Test
  void contributorsWriteDraftsAndOnlyThoseAllowedPublish() {
    DeskClient contributor = as("contributor@example.org");
    assertThat(
            contributor
                .submit("/desk/articles", fields("Straight to print", 0, "publish"))
                .statusCode())
        .isEqualTo(403);
    long draft = start(contributor, "A contributor's draft", "save");
    assertThat(stored(draft).status()).isEqualTo(ArticleStatus.DRAFT);
    assertThat(
            contributor
                .submit("/desk/articles/" + draft, fields("A contributor's draft", 1, "publish"))
                .statusCode())
        .isEqualTo(403);
    assertThat(stored(draft).version()).isEqualTo(1);

    DeskClient author = as("author@example.org");
    assertThat(author.get("/desk/articles/" + draft).statusCode())
        .as("an author opening someone else's draft")
        .isEqualTo(403);
    assertThat(
            author.submit("/desk/articles/" + draft, fields("Taken over", 1, "save")).statusCode())
        .isEqualTo(403);
    long own = start(author, "An author's own piece", "publish");
    assertThat(stored(own).status()).isEqualTo(ArticleStatus.PUBLISHED);

    DeskClient editor = as("editor@example.org");
    HttpResponse<String> published =
        editor.submit("/desk/articles/" + draft, fields("A contributor's draft", 1, "publish"));
    assertThat(published.statusCode()).isEqualTo(302);
    assertThat(stored(draft).status()).isEqualTo(ArticleStatus.PUBLISHED);
    assertThat(contributor.get("/desk/articles/" + draft).statusCode())
        .as("a contributor's piece once published is the editors'")
        .isEqualTo(403);
  }

  @Test
  void aStaleSaveIsRefusedWithBothVersionsAndOverwritesNothing() {
    DeskClient clara = as("editor@example.org");
    DeskClient marek = as("editor2@example.org");
    long id = start(clara, "Contested", "save");

    assertThat(
            clara.submit("/desk/articles/" + id, fields("Clara's title", 1, "save")).statusCode())
        .isEqualTo(302);
    HttpResponse<String> stale =
        marek.submit("/desk/articles/" + id, fields("Marek's title", 1, "save"));

    assertThat(stale.statusCode()).isEqualTo(409);
    Document page = Jsoup.parse(stale.body());
    assertThat(page.selectFirst(".conflict h2").text()).contains("editor@example.org");
    assertThat(page.selectFirst(".conflict [data-field=Title] del").text()).contains("Clara's");
    assertThat(page.selectFirst(".conflict [data-field=Title] ins").text()).contains("Marek's");
    assertThat(page.selectFirst("#title").attr("value")).isEqualTo("Marek's title");
    assertThat(page.selectFirst("#article-form input[name=version]").attr("value")).isEqualTo("2");
    assertThat(stored(id).title()).isEqualTo("Clara's title");

    assertThat(
            marek.submit("/desk/articles/" + id, fields("Marek's title", 2, "save")).statusCode())
        .as("saving again after seeing the conflict")
        .isEqualTo(302);
    assertThat(stored(id).title()).isEqualTo("Marek's title");
  }

  @Test
  void imagesNeedAltTextBeforePublishingAndBadInputKeepsTheEditorsText() {
    DeskClient editor = as("editor@example.org");
    Map<String, String> undescribed = fields("Photo essay", 0, "publish");
    undescribed.put("body", "<p>Look:</p><img src=\"/media/abc/960.jpg\">");

    HttpResponse<String> refused = editor.submit("/desk/articles", undescribed);
    assertThat(refused.statusCode()).isEqualTo(422);
    Document page = Jsoup.parse(refused.body());
    assertThat(page.selectFirst("[role=alert]").text()).contains("alt text", "/media/abc/960.jpg");
    assertThat(page.selectFirst("#title").attr("value")).isEqualTo("Photo essay");

    undescribed.put("action", "save");
    assertThat(editor.submit("/desk/articles", undescribed).statusCode())
        .as("a draft may")
        .isEqualTo(302);

    Map<String, String> badDate = fields("Dated", 0, "schedule");
    badDate.put("publishAt", "next tuesday");
    HttpResponse<String> badTime = editor.submit("/desk/articles", badDate);
    assertThat(badTime.statusCode()).isEqualTo(422);
    assertThat(Jsoup.parse(badTime.body()).selectFirst("[role=alert]").text())
        .contains("next tuesday");
    Map<String, String> badSection = fields("Nowhere", 0, "save");
    badSection.put("section", "999999");
    assertThat(editor.submit("/desk/articles", badSection).statusCode()).isEqualTo(422);
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM articles WHERE title IN ('Dated', 'Nowhere')")
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void aFeaturedImageFromTheLibraryNeedsAltTextAndIsShownInEverySize() throws Exception {
    var image =
        new java.awt.image.BufferedImage(1000, 600, java.awt.image.BufferedImage.TYPE_INT_RGB);
    var bytes = new java.io.ByteArrayOutputStream();
    javax.imageio.ImageIO.write(image, "png", bytes);
    org.iskra.media.Media photo =
        media.upload(bytes.toByteArray(), "march.png", "editor@example.org");
    DeskClient editor = as("editor@example.org");
    Map<String, String> featured = fields("With a picture", 0, "publish");
    featured.put("featuredImage", photo.key());

    HttpResponse<String> refused = editor.submit("/desk/articles", featured);
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(Jsoup.parse(refused.body()).selectFirst("[role=alert]").text())
        .contains("featured image " + photo.key());
    Map<String, String> unknown = fields("With a ghost", 0, "save");
    unknown.put("featuredImage", "no-such-image-key");
    assertThat(editor.submit("/desk/articles", unknown).statusCode()).isEqualTo(422);

    media.describe(
        photo.key(),
        "Marchers fill the avenue",
        "The march in Lima",
        "",
        accounts.find("editor@example.org").orElseThrow());
    HttpResponse<String> published = editor.submit("/desk/articles", featured);
    assertThat(published.statusCode()).isEqualTo(302);
    long id =
        Long.parseLong(
            published
                .headers()
                .firstValue("Location")
                .orElseThrow()
                .replaceAll(".*/articles/(\\d+).*", "$1"));
    Document page = Jsoup.parse(editor.get("/americas/" + stored(id).slug()).body());
    var shown = page.selectFirst(".article__image img");
    assertThat(shown.attr("alt")).isEqualTo("Marchers fill the avenue");
    assertThat(shown.attr("srcset"))
        .contains(photo.key() + "/480.jpg 480w", "960.jpg 960w", "1000.jpg 1000w");
    assertThat(page.selectFirst(".article__image figcaption").text()).contains("The march in Lima");
  }

  @Test
  void autosaveKeepsDraftsWithOneRevisionPerSitting() {
    DeskClient editor = as("editor@example.org");
    HttpResponse<String> first =
        editor.postJson("/desk/articles", fields("Autosaved piece", 0, ""));
    assertThat(first.statusCode()).isEqualTo(201);
    long id = Long.parseLong(first.body().replaceAll(".*\"id\":(\\d+).*", "$1"));

    for (int version = 1; version <= 3; version++) {
      HttpResponse<String> saved =
          editor.postJson(
              "/desk/articles/" + id + "/autosave",
              fields("Autosaved piece v" + version, version, ""));
      assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
      assertThat(saved.body()).contains("\"version\":" + (version + 1));
    }
    assertThat(stored(id).title()).isEqualTo("Autosaved piece v3");
    assertThat(
            jdbc.sql("SELECT kind FROM article_revisions WHERE article_id = ? ORDER BY version")
                .param(id)
                .query(String.class)
                .list())
        .containsExactly("created", "autosaved");

    HttpResponse<String> stale =
        editor.postJson("/desk/articles/" + id + "/autosave", fields("Old tab", 2, ""));
    assertThat(stale.statusCode()).isEqualTo(409);
    editor.submit("/desk/articles/" + id, fields("Autosaved piece", 4, "publish"));
    assertThat(
            editor
                .postJson("/desk/articles/" + id + "/autosave", fields("Live", 5, ""))
                .statusCode())
        .as("a published article is not autosaved")
        .isEqualTo(422);
  }

  @Test
  void theTrashTakesAnArticleOffTheSiteAndRestoringBringsItBack() throws Exception {
    DeskClient editor = as("editor@example.org");
    long id = start(editor, "Binned then rescued", "publish");
    String path = "/americas/" + stored(id).slug();
    assertThat(editor.get(path).statusCode()).isEqualTo(200);

    assertThat(
            editor.submit("/desk/articles/" + id + "/trash", Map.of("version", "2")).statusCode())
        .isEqualTo(302);
    assertThat(stored(id).isTrashed()).isTrue();
    assertThat(stored(id).status()).isEqualTo(ArticleStatus.UNPUBLISHED);
    assertThat(editor.get(path).statusCode()).isEqualTo(404);
    assertThat(editor.get("/desk/articles?state=trashed").body()).contains("Binned then rescued");
    assertThat(
            editor
                .submit("/desk/articles/" + id, fields("Edited in the bin", 3, "save"))
                .statusCode())
        .isEqualTo(422);

    assertThat(
            editor.submit("/desk/articles/" + id + "/restore", Map.of("version", "3")).statusCode())
        .isEqualTo(302);
    assertThat(stored(id).isTrashed()).isFalse();
    assertThat(editor.submit("/desk/articles/" + id + "/delete", Map.of()).statusCode())
        .as("deleting what is not in the trash")
        .isEqualTo(422);

    editor.submit("/desk/articles/" + id + "/trash", Map.of("version", "4"));
    assertThat(
            as("author@example.org")
                .submit("/desk/articles/" + id + "/delete", Map.of())
                .statusCode())
        .isEqualTo(403);
    assertThat(editor.submit("/desk/articles/" + id + "/delete", Map.of()).statusCode())
        .isEqualTo(302);
    assertThat(articles.findById(id)).isEmpty();

    HttpResponse<String> audit = as("admin@example.org").get("/desk/audit");
    Document log = Jsoup.parse(audit.body());
    assertThat(log.select("tr[data-action]").eachAttr("data-action"))
        .contains("article.published", "article.trashed", "article.restored", "article.deleted");
    assertThat(log.select("tr[data-action=article.deleted] td").get(1).text())
        .isEqualTo("editor@example.org");
  }

  @Test
  void revisionsShowWhatChangedAndAnEarlierOneCanBeRestored() {
    DeskClient editor = as("editor@example.org");
    long id = start(editor, "First words", "save");
    editor.submit("/desk/articles/" + id, fields("Second words", 1, "save"));

    Document history = Jsoup.parse(editor.get("/desk/articles/" + id + "/revisions").body());
    assertThat(history.select("tr[data-version]").eachAttr("data-version"))
        .containsExactly("2", "1");
    Document compare =
        Jsoup.parse(editor.get("/desk/articles/" + id + "/revisions/compare?from=1&to=2").body());
    assertThat(compare.selectFirst("[data-field=Title] del").text()).isEqualTo("First");
    assertThat(compare.selectFirst("[data-field=Title] ins").text()).isEqualTo("Second");

    assertThat(
            editor
                .submit("/desk/articles/" + id + "/revisions/1/restore", Map.of("version", "2"))
                .statusCode())
        .isEqualTo(302);
    assertThat(stored(id).title()).isEqualTo("First words");
    assertThat(stored(id).version()).isEqualTo(3);
  }

  @Test
  void aDueArticleIsPublishedExactlyOnceHoweverManyServersTry() throws Exception {
    Manuscript manuscript =
        new Manuscript(
            "en",
            "Due at dawn",
            "",
            "",
            "<p>Dawn.</p>",
            section,
            List.of(),
            List.of(),
            List.of(),
            null);
    Article scheduled =
        publisher.create(manuscript, ArticleStatus.SCHEDULED, Instant.now().minusSeconds(5));
    Articles.DueArticle due =
        articles.listDue(Instant.now(), 100).stream()
            .filter(d -> d.id() == scheduled.id())
            .findFirst()
            .orElseThrow();

    ExecutorService servers = Executors.newFixedThreadPool(4);
    try {
      List<Callable<Boolean>> attempts =
          List.of(
              () -> publisher.publishDue(due), () -> publisher.publishDue(due),
              () -> publisher.publishDue(due), () -> publisher.publishDue(due));
      long published = 0;
      for (Future<Boolean> attempt : servers.invokeAll(attempts)) {
        published += attempt.get() ? 1 : 0;
      }
      assertThat(published).isEqualTo(1);
    } finally {
      servers.shutdown();
    }
    assertThat(stored(scheduled.id()).status()).isEqualTo(ArticleStatus.PUBLISHED);
    assertThat(
            jdbc.sql(
                    "SELECT COUNT(*) FROM article_revisions WHERE article_id = ? AND kind = 'published'")
                .param(scheduled.id())
                .query(Long.class)
                .single())
        .isEqualTo(1);
    assertThat(
            jdbc.sql(
                    "SELECT COUNT(*) FROM audit_entries WHERE action = 'article.published' AND subject LIKE ?")
                .param("article " + scheduled.id() + " %")
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }
}
