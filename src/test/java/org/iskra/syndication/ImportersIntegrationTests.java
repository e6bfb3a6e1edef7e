package org.iskra.syndication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.iskra.site.SiteClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The importers against a real store, and the old addresses they leave read over HTTP. Every test
 * imports its own posts (its own ids), so the tests share one store. Runs once per store.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class ImportersIntegrationTests {

  @LocalServerPort int port;
  @Autowired WxrImporter wxr;
  @Autowired GhostImporter ghost;
  @Autowired FeedFileImporter feeds;
  @Autowired JdbcClient jdbc;
  @TempDir Path dir;

  static final WxrImporter.Options BY_SECTIONS =
      new WxrImporter.Options(WxrImporter.Categories.SECTIONS, null, null);

  SiteClient site() {
    return new SiteClient(port);
  }

  Path write(WxrGenerator generator, String name) throws IOException {
    Path file = dir.resolve(name);
    generator.write(file);
    return file;
  }

  Path resource(String name) throws IOException {
    Path file = dir.resolve(name);
    try (InputStream in = getClass().getResourceAsStream("/import/" + name)) {
      Files.write(file, in.readAllBytes());
    }
    return file;
  }

  Map<String, Object> article(long id) {
    return jdbc.sql(
            "SELECT a.title, a.standfirst, a.body, a.status, a.published_at, a.slug,"
                + " s.slug AS section FROM articles a JOIN sections s ON s.id = a.section_id"
                + " WHERE a.id = ?")
        .param(id)
        .query()
        .singleRow();
  }

  List<String> names(String sql, long id) {
    return jdbc.sql(sql).param(id).query(String.class).list();
  }

  long articleOf(String kind, String sourceId) {
    return jdbc.sql("SELECT article_id FROM imported_items WHERE source_kind = ? AND source_id = ?")
        .params(kind, sourceId)
        .query(Long.class)
        .single();
  }

  String pathOf(long articleId) {
    Map<String, Object> row = article(articleId);
    return "/" + row.get("section") + "/" + row.get("slug");
  }

  long count(String table) {
    return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
  }

  @Test
  void importsAWordPressExportWithEveryFieldAndSkipsWhatItShould() throws IOException {
    WxrGenerator export = new WxrGenerator(1000, 300);

    ImportReport report = wxr.importFile(write(export, "site.xml"), BY_SECTIONS);

    // 300 posts: 15 private ones skipped, and the page.
    assertThat(report.imported()).isEqualTo(285);
    assertThat(report.failed()).isZero();
    assertThat(report.skipReasons())
        .containsExactly(
            Map.entry("post type 'page' is not imported", 1L), Map.entry("private post", 15L));
    assertThat(
            jdbc.sql(
                    "SELECT COUNT(*) FROM imported_items i JOIN articles a ON a.id = i.article_id"
                        + " WHERE i.source_kind = 'wxr' AND a.status = 'draft'"
                        + " AND LENGTH(i.source_id) = 4 AND i.source_id BETWEEN '1000' AND '1299'")
                .query(Long.class)
                .single())
        .isEqualTo(30);

    // Post 3: Chinese title, "World News" section, a caption, shortcodes and a script.
    long chinese = articleOf("wxr", "1002");
    Map<String, Object> row = article(chinese);
    assertThat(row.get("title")).isEqualTo("今日新闻 第3号");
    assertThat(row.get("section")).isEqualTo("world-news");
    assertThat(row.get("status")).isEqualTo("published");
    assertThat(((Number) row.get("published_at")).longValue())
        .isEqualTo(Instant.parse("2019-03-05T13:20:00Z").toEpochMilli());
    assertThat(row.get("standfirst")).isEqualTo("Standfirst of post 3 & more");
    assertThat((String) row.get("body"))
        .startsWith("<p>First paragraph of post 3 — «quoted» &amp; done.</p>")
        .contains(
            "<figure><img src=\"https://old.example.org/wp-content/uploads/2019/03/photo-3.jpg\""
                + " alt=\"A photo\" width=\"300\" height=\"200\"><figcaption>Workers on strike,"
                + " 3</figcaption></figure>")
        .contains("with [sic] kept.")
        .contains("<p>Третий абзац. 第三段. الفقرة الثالثة.</p>")
        .doesNotContain("[caption", "[gallery", "<script", "alert(");
    assertThat(
            names(
                "SELECT au.name FROM article_authors aa JOIN authors au ON au.id = aa.author_id"
                    + " WHERE aa.article_id = ?",
                chinese))
        .containsExactly("Jane Doe");
    long arabic = articleOf("wxr", "1001");
    assertThat(article(arabic)).containsEntry("title", "أخبار اليوم رقم 2");
    assertThat(article(arabic)).containsEntry("section", "economy");
    assertThat(
            names(
                "SELECT au.name FROM article_authors aa JOIN authors au ON au.id = aa.author_id"
                    + " WHERE aa.article_id = ?",
                arabic))
        .containsExactly("أمل حداد");

    // Post 1: Russian title and category (a section with a transliterated slug), Russian tag.
    long russian = articleOf("wxr", "1000");
    assertThat(article(russian)).containsEntry("title", "Новости дня: выпуск 1");
    assertThat(article(russian).get("section")).isEqualTo("novosti");
    assertThat(
            names(
                "SELECT t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id"
                    + " WHERE at.article_id = ? ORDER BY at.position",
                russian))
        .containsExactly("Labour", "Культура");
    // Post 4: entities in the title; the second category becomes a tag.
    long entities = articleOf("wxr", "1003");
    assertThat(article(entities)).containsEntry("title", "Tom & Jerry: cats & mice, part 4");
    assertThat(article(entities)).containsEntry("section", "novosti");
    assertThat(
            names(
                "SELECT t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id"
                    + " WHERE at.article_id = ? ORDER BY at.position",
                entities))
        .containsExactly("Analysis", "Labour", "Культура");
    assertThat(article(articleOf("wxr", "1004"))).containsEntry("status", "draft");
    assertThat(article(articleOf("wxr", "1004")).get("published_at")).isNull();

    // Attachments of posts 5, 10, … recorded with their post, nothing fetched.
    List<Map<String, Object>> attachments =
        jdbc.sql("SELECT url, local_path FROM imported_attachments WHERE article_id = ?")
            .param(articleOf("wxr", "1009"))
            .query()
            .listOfRows();
    assertThat(attachments).hasSize(1);
    assertThat(attachments.getFirst())
        .containsEntry("url", export.attachmentUrl(10))
        .containsEntry("local_path", null);
  }

  @Test
  void aSecondRunImportsNothingAndAChangedPostIsUpdated() throws IOException {
    WxrGenerator export = new WxrGenerator(2000, 40);
    Path file = write(export, "again.xml");
    long before = count("articles");

    ImportReport first = wxr.importFile(file, BY_SECTIONS);
    ImportReport second = wxr.importFile(file, BY_SECTIONS);

    assertThat(first.imported()).isEqualTo(38);
    assertThat(second.imported()).isZero();
    assertThat(second.updated()).isZero();
    assertThat(second.skipReasons()).containsEntry("unchanged", 38L);
    assertThat(count("articles")).isEqualTo(before + 38);

    ImportReport third =
        wxr.importFile(write(export.withChangedPost(12), "changed.xml"), BY_SECTIONS);

    assertThat(third.updated()).isEqualTo(1);
    assertThat(third.list(ImportReport.Outcome.UPDATED).getFirst().label())
        .isEqualTo("post 2011 \"أخبار اليوم رقم 12 (corrected)\"");
    assertThat(third.imported()).isZero();
    assertThat(count("articles")).isEqualTo(before + 38);
    assertThat(article(articleOf("wxr", "2011")))
        .containsEntry("title", "أخبار اليوم رقم 12 (corrected)");
  }

  @Test
  void anArticleEditedInIskraIsNotOverwrittenByTheSource() throws IOException {
    WxrGenerator export = new WxrGenerator(2500, 3);
    wxr.importFile(write(export, "edited.xml"), BY_SECTIONS);
    long id = articleOf("wxr", "2501");
    jdbc.sql("UPDATE articles SET version = version + 1 WHERE id = ?").param(id).update();

    ImportReport report =
        wxr.importFile(write(export.withChangedPost(2), "edited-again.xml"), BY_SECTIONS);

    assertThat(report.list(ImportReport.Outcome.SKIPPED))
        .extracting(ImportReport.Item::reason)
        .contains("changed in the source, but edited in Iskra since the import; not overwritten");
    assertThat(report.updated()).isZero();
  }

  @Test
  void oldWordPressAndJoomlaAddressesRedirectToTheArticle() throws IOException {
    WxrGenerator export = new WxrGenerator(3000, 6);
    wxr.importFile(write(export, "redirects.xml"), BY_SECTIONS);
    long id = articleOf("wxr", "3003");
    String path = pathOf(id);
    assertThat(path).startsWith("/novosti/tom-jerry-cats-mice-part-4");

    for (String old :
        List.of(
            "/?p=3003",
            "/index.php?p=3003",
            "/?p=3003&preview=true",
            "/2019/03/post-3003",
            "/2019/03/post-3003?utm_source=x")) {
      SiteClient.Page page = site().get(old);
      assertThat(page.status()).as(old).isEqualTo(301);
      assertThat(page.header("Location")).as(old).isEqualTo(path);
    }
    // The permalink as WordPress wrote it: first the site's own slash redirect, then this one.
    SiteClient.Page slashed = site().get("/2019/03/post-3003/");
    assertThat(slashed.status()).isEqualTo(301);
    assertThat(site().get(slashed.header("Location")).header("Location")).isEqualTo(path);
    assertThat(site().get(path).status()).isEqualTo(200);

    // Joomla: no importer yet, but a mapping and its addresses work.
    jdbc.sql("INSERT INTO legacy_urls (path, article_id) VALUES (?, ?)")
        .params("/index.php?option=com_content&view=article&id=123", id)
        .update();
    SiteClient.Page joomla =
        site().get("/index.php?option=com_content&view=article&id=123:tom-and-jerry&Itemid=7");
    assertThat(joomla.status()).isEqualTo(301);
    assertThat(joomla.header("Location")).isEqualTo(path);

    // A draft is never revealed; unknown ids leave the front page and 404s as they were.
    assertThat(site().get("/?p=3004").status()).isEqualTo(200);
    assertThat(site().get("/2019/03/post-3004").status()).isEqualTo(404);
    assertThat(site().get("/?p=999999").status()).isEqualTo(200);
    assertThat(site().get("/2019/03/never-was").status()).isEqualTo(404);
    assertThat(site().get("/index.php?option=com_content&view=article&id=9").status())
        .isEqualTo(404);
  }

  @Test
  void anOldAddressNeverHidesARealPage() throws IOException {
    WxrGenerator export = new WxrGenerator(3500, 1);
    wxr.importFile(write(export, "shadow.xml"), BY_SECTIONS);
    long id = articleOf("wxr", "3500");
    jdbc.sql("INSERT INTO legacy_urls (path, article_id) VALUES ('/novosti', ?)")
        .param(id)
        .update();
    jdbc.sql("INSERT INTO legacy_urls (path, article_id) VALUES ('/search', ?)").param(id).update();

    assertThat(site().get("/novosti").status()).isEqualTo(200);
    assertThat(site().get("/search").status()).isEqualTo(200);
    assertThat(site().get(pathOf(id)).status()).isEqualTo(200);
  }

  @Test
  void oneBadPostIsReportedByItsLineAndTheOthersAreImported() throws IOException {
    String export = new WxrGenerator(4000, 4).asString();
    String bad =
        export
            .replace(
                "<wp:post_date_gmt><![CDATA[2019-03-05 12:20:00]]>",
                "<wp:post_date_gmt><![CDATA[last Tuesday]]>")
            .replace("<wp:post_id>4003</wp:post_id>", "<wp:post_id></wp:post_id>");
    Path file = Files.writeString(dir.resolve("bad-items.xml"), bad);

    ImportReport report = wxr.importFile(file, BY_SECTIONS);

    assertThat(report.imported()).isEqualTo(2);
    assertThat(report.list(ImportReport.Outcome.FAILED))
        .extracting(ImportReport.Item::position, ImportReport.Item::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "line " + (WxrFileTests.lineOf(bad, "<title>أخبار") - 1),
                "wp:post_date_gmt 'last Tuesday' is not a date like 2019-03-05 10:20:00"),
            org.assertj.core.groups.Tuple.tuple(
                "line " + (WxrFileTests.lineOf(bad, "<title>Tom &amp;") - 1),
                "wp:post_id '' is missing or not a number"));
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM imported_items WHERE source_id IN ('4001', '4003')")
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void refusedFilesImportNothing() throws IOException {
    long before = count("articles");
    Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-PASSWORD");
    String export = new WxrGenerator(5000, 3).asString();
    Path xxe =
        Files.writeString(
            dir.resolve("xxe.xml"),
            export
                .replace(
                    "<rss version",
                    "<!DOCTYPE rss [<!ENTITY xxe SYSTEM \""
                        + secret.toUri()
                        + "\">]>\n<rss version")
                .replace("<title>Old Example</title>", "<title>&xxe;</title>"));
    Path broken =
        Files.writeString(dir.resolve("broken.xml"), export.replace("</channel>", "</chanel>"));
    Path rss =
        Files.writeString(
            dir.resolve("xxe-feed.xml"),
            "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \""
                + secret.toUri()
                + "\">]>\n"
                + "<rss version=\"2.0\"><channel><title>t</title><item><title>&xxe;</title>"
                + "<link>https://x.example/a</link></item></channel></rss>");

    assertThatThrownBy(() -> wxr.importFile(xxe, BY_SECTIONS))
        .isInstanceOf(UnreadableText.class)
        .hasMessageContaining("xxe.xml: line 3: the file declares a DOCTYPE");
    assertThatThrownBy(() -> wxr.importFile(broken, BY_SECTIONS))
        .isInstanceOf(UnreadableText.class)
        .hasMessageContaining("broken.xml: line " + WxrFileTests.lineOf(export, "</channel>"))
        .hasMessageContaining("not well-formed XML");
    assertThatThrownBy(() -> feeds.importFile(rss, "partners"))
        .isInstanceOf(UnreadableText.class)
        .hasMessageContaining("declares a DOCTYPE");
    assertThat(count("articles")).isEqualTo(before);
    assertThat(
            jdbc.sql(
                    "SELECT COUNT(*) FROM articles WHERE body LIKE '%TOP-SECRET%' OR title LIKE '%TOP-SECRET%'")
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void importsAGhostExportOnce() throws IOException {
    Path file = resource("ghost.json");

    ImportReport report = ghost.importFile(file, "ghost-news");

    assertThat(report.imported()).isEqualTo(3);
    assertThat(report.skipReasons())
        .containsExactly(
            Map.entry("sent as an e-mail only", 1L), Map.entry("type 'page' is not imported", 1L));
    assertThat(report.list(ImportReport.Outcome.FAILED))
        .extracting(ImportReport.Item::position, ImportReport.Item::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "post 4",
                "no html, only mobiledoc or lexical; export it again from Ghost 4 or later"));
    long first = articleOf("ghost", "5e0a1b2c3d4e5f6a7b8c9d01");
    Map<String, Object> row = article(first);
    assertThat(row)
        .containsEntry("title", "Первая статья: забастовка в порту")
        .containsEntry("standfirst", "Dockers on strike & the port shut")
        .containsEntry("status", "published")
        .containsEntry("section", "ghost-news")
        .containsEntry("body", "<p>Докеры бастуют третий день.</p><p>Second paragraph.</p>");
    assertThat(((Number) row.get("published_at")).longValue())
        .isEqualTo(Instant.parse("2020-01-02T03:04:05Z").toEpochMilli());
    assertThat(
            names(
                "SELECT au.name FROM article_authors aa JOIN authors au ON au.id = aa.author_id"
                    + " WHERE aa.article_id = ? ORDER BY aa.position",
                first))
        .containsExactly("Ana Lima", "Bo Chen");
    assertThat(
            names(
                "SELECT t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id"
                    + " WHERE at.article_id = ?",
                first))
        .containsExactly("Labour");
    assertThat(article(articleOf("ghost", "5e0a1b2c3d4e5f6a7b8c9d02")))
        .containsEntry("status", "draft");

    SiteClient.Page old = site().get("/pervaya-statya");
    assertThat(old.status()).isEqualTo(301);
    assertThat(old.header("Location")).isEqualTo(pathOf(first));

    ImportReport again = ghost.importFile(file, "ghost-news");
    assertThat(again.imported()).isZero();
    assertThat(again.skipReasons()).containsEntry("unchanged", 3L);
  }

  @Test
  void importsRssAndAtomFilesDedupedByGuidAndLink() throws IOException {
    ImportReport rss = feeds.importFile(resource("rss.xml"), "partners");

    assertThat(rss.imported()).isEqualTo(2);
    assertThat(rss.list(ImportReport.Outcome.SKIPPED))
        .extracting(ImportReport.Item::position, ImportReport.Item::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "entry 3", "the same entry as entry 1 (GUID or link)"),
            org.assertj.core.groups.Tuple.tuple(
                "entry 4", "the same entry as entry 2 (GUID or link)"));
    assertThat(rss.list(ImportReport.Outcome.FAILED))
        .extracting(ImportReport.Item::position, ImportReport.Item::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "entry 5", "the entry has neither a GUID nor a link"));
    long bold = articleOf("feed", "partner-1");
    assertThat(article(bold))
        .containsEntry("title", "Bold news & views")
        .containsEntry("status", "published")
        .containsEntry("body", "<p>Bold <strong>news</strong> from the partner.</p>");
    // A broken date: published at the time of the import.
    assertThat(((Number) article(bold).get("published_at")).longValue())
        .isGreaterThan(Instant.parse("2026-01-01T00:00:00Z").toEpochMilli());
    assertThat(
            names(
                "SELECT t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id"
                    + " WHERE at.article_id = ? ORDER BY at.position",
                bold))
        .containsExactly("Strikes", "Europe");
    long second = articleOf("feed", "partner-2");
    assertThat(article(second))
        .containsEntry("body", "<p>The whole second story.</p>")
        .containsEntry("standfirst", "Short description of the second story.");
    assertThat(((Number) article(second).get("published_at")).longValue())
        .isEqualTo(Instant.parse("2020-01-02T09:00:00Z").toEpochMilli());
    assertThat(site().get("/2020/01/bold-news").header("Location")).isEqualTo(pathOf(bold));

    ImportReport atom = feeds.importFile(resource("atom.xml"), "partners");

    assertThat(atom.imported()).isEqualTo(2);
    long emphasis = articleOf("feed", "urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a");
    assertThat(article(emphasis))
        .containsEntry("title", "Emphasis in Atom & more")
        .containsEntry("body", "<p>Atom <em>content</em>.</p>");
    long plain = articleOf("feed", "urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6b");
    assertThat(article(plain)).containsEntry("body", "<p>Less than &lt;not a tag&gt; here.</p>");
    assertThat(((Number) article(plain).get("published_at")).longValue())
        .isEqualTo(Instant.parse("2020-01-15T06:30:00Z").toEpochMilli());

    assertThat(feeds.importFile(resource("rss.xml"), "partners").imported()).isZero();
    assertThat(feeds.importFile(resource("atom.xml"), "partners").skipReasons())
        .containsEntry("unchanged", 2L);
  }

  @Test
  void bringsAPostsImagesIntoTheMediaLibraryOnceAndShowsThemOnItsPage() throws IOException {
    Path uploads = dir.resolve("wp-uploads");
    Files.createDirectories(uploads.resolve("2021/05"));
    Files.write(uploads.resolve("2021/05/harbour.jpg"), UploadImages.jpeg(1200, 800));
    Files.write(uploads.resolve("2021/05/crane.jpg"), UploadImages.jpeg(640, 480));
    Files.writeString(uploads.resolve("2021/05/notes.jpg"), "not a picture");
    // A real picture outside the folder, reachable only through a symbolic link inside it.
    Path outside = Files.write(dir.resolve("outside.jpg"), UploadImages.jpeg(400, 300));
    Files.createSymbolicLink(uploads.resolve("2021/05/linked.jpg"), outside);
    String old = "https://old.example/wp-content/uploads/";
    String body =
        "<p>Dawn.</p>\n\n<a href=\""
            + old
            + "2021/05/harbour.jpg\"><img class=\"size-medium\" src=\""
            + old
            + "2021/05/harbour-300x200.jpg\" alt=\"The harbour at dawn\" width=\"300\""
            + " height=\"200\" srcset=\""
            + old
            + "2021/05/harbour-300x200.jpg 300w\"></a>\n\n<img src=\""
            + old
            + "../../../etc/passwd\" alt=\"x\">\n\n<img src=\""
            + old
            + "2021/05/missing.jpg\" alt=\"gone\">\n\n<img src=\""
            + old
            + "2021/05/notes.jpg\" alt=\"notes\">\n\n<img src=\""
            + old
            + "2021/05/linked.jpg\" alt=\"linked\">";
    String export =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
             xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
             xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
        <channel><title>Old</title><wp:wxr_version>1.2</wp:wxr_version>
        <item><title>Harbour at dawn</title><link>https://old.example/2021/05/harbour/</link>
          <dc:creator><![CDATA[ana]]></dc:creator>
          <content:encoded><![CDATA[BODY]]></content:encoded>
          <wp:post_id>7001</wp:post_id><wp:post_date>2021-05-04 06:00:00</wp:post_date>
          <wp:post_date_gmt>2021-05-04 06:00:00</wp:post_date_gmt>
          <wp:status>publish</wp:status><wp:post_type>post</wp:post_type>
          <category domain="category" nicename="port"><![CDATA[Port]]></category>
          <wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value><![CDATA[7002]]></wp:meta_value></wp:postmeta>
        </item>
        <item><title>crane</title><wp:post_id>7002</wp:post_id><wp:post_parent>7001</wp:post_parent>
          <wp:post_type>attachment</wp:post_type><wp:status>inherit</wp:status>
          <wp:attachment_url>https://old.example/wp-content/uploads/2021/05/crane.jpg</wp:attachment_url>
          <wp:postmeta><wp:meta_key>_wp_attached_file</wp:meta_key><wp:meta_value>2021/05/crane.jpg</wp:meta_value></wp:postmeta>
          <wp:postmeta><wp:meta_key>_wp_attachment_image_alt</wp:meta_key><wp:meta_value>A crane over the quay</wp:meta_value></wp:postmeta>
        </item>
        </channel></rss>
        """
            .replace("BODY", body);
    Path file = Files.writeString(dir.resolve("uploads-export.xml"), export);
    WxrImporter.Options options =
        new WxrImporter.Options(WxrImporter.Categories.SECTIONS, null, uploads);
    long mediaBefore = count("media");

    ImportReport first = wxr.importFile(file, options);

    assertThat(first.imported()).isEqualTo(1);
    assertThat(first.notes()).hasSize(1);
    assertThat(first.notes().getFirst().reason())
        .contains("image " + old + "../../../etc/passwd: its path leads outside the uploads folder")
        .contains("image " + old + "2021/05/missing.jpg: no file 2021/05/missing.jpg in")
        .contains("image 2021/05/notes.jpg: ")
        .contains("image " + old + "2021/05/linked.jpg: its file leads outside the uploads folder");
    assertThat(count("media")).isEqualTo(mediaBefore + 2);
    long article = articleOf("wxr", "7001");
    String harbour = mediaKey("2021/05/harbour.jpg");
    String crane = mediaKey("2021/05/crane.jpg");
    assertThat(
            jdbc.sql("SELECT featured_image FROM articles WHERE id = ?")
                .param(article)
                .query(String.class)
                .single())
        .isEqualTo(crane);
    assertThat(
            jdbc.sql("SELECT alt_text FROM media WHERE key = ?")
                .param(crane)
                .query(String.class)
                .single())
        .isEqualTo("A crane over the quay");
    String stored = (String) article(article).get("body");
    assertThat(stored)
        .contains("href=\"/media/" + harbour + "/1200.jpg\"")
        .contains("src=\"/media/" + harbour + "/960.jpg\"")
        .contains("srcset=\"/media/" + harbour + "/")
        .doesNotContain("harbour-300x200")
        .contains(old + "2021/05/missing.jpg");

    SiteClient.Page page = site().get(pathOf(article));
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.response().body())
        .contains("src=\"/media/" + harbour + "/960.jpg\"")
        .contains("alt=\"The harbour at dawn\"")
        .contains("/media/" + crane + "/")
        // Refused, so left pointing at the old site: nothing outside the folder was read.
        .contains("src=\"" + old + "../../../etc/passwd\"");
    assertThat(site().get("/media/" + harbour + "/960.jpg").status()).isEqualTo(200);

    ImportReport again = wxr.importFile(file, options);

    assertThat(again.skipReasons()).containsExactly(Map.entry("unchanged", 1L));
    assertThat(count("media")).isEqualTo(mediaBefore + 2);
  }

  String mediaKey(String path) {
    return jdbc.sql(
            "SELECT content_hash FROM imported_items WHERE source_kind = 'wxr-media'"
                + " AND source_id = ?")
        .param(path)
        .query(String.class)
        .single();
  }

  @Test
  void importsTheOldRealFeedsOfXmlRssIntoArticlesOnce() {
    List<Path> feedFiles = FeedSuites.files(FeedSuites.xmlRss(), ".rdf", ".xml");
    long imported = 0;
    List<String> failures = new java.util.ArrayList<>();
    for (Path feed : feedFiles) {
      ImportReport report = feeds.importFile(feed, "xml-rss");
      imported += report.imported();
      report
          .list(ImportReport.Outcome.FAILED)
          .forEach(
              item ->
                  failures.add(feed.getFileName() + " " + item.position() + ": " + item.reason()));
    }

    // 53 entries: the two without a title fail (nothing to show readers); GTKeyboard 0.85 is in
    // both rss1.0.rdf and fm0.91.rdf, under one link, and becomes one article.
    assertThat(failures)
        .allSatisfy(failure -> assertThat(failure).contains("rss-2.0-sample").contains("title"));
    assertThat(failures).hasSize(2);
    assertThat(imported).isEqualTo(50);
    long slashdot =
        jdbc.sql(
                "SELECT article_id FROM imported_items WHERE source_kind = 'feed' AND source_url = ?")
            .param("http://slashdot.org/articles/99/09/01/0943219.shtml")
            .query(Long.class)
            .single();
    assertThat(article(slashdot)).containsEntry("title", "Red Hat Tightening Trademarks?");
    assertThat(site().get(pathOf(slashdot)).status()).isEqualTo(200);
    for (Path feed : feedFiles) {
      assertThat(feeds.importFile(feed, "xml-rss").imported()).isZero();
    }
  }
}
