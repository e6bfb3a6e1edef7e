package org.iskra.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.iskra.IskraApplication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * {@code iskra import-wxr}, {@code import-ghost} and {@code import-feed} run as a user runs them,
 * against a fresh SQLite data directory, with the fixtures in {@code src/test/resources/import}.
 */
class ImportCommandsIntegrationTests {

  @TempDir Path dir;
  Path dataDir;

  record Outcome(int exitCode, String out, String err) {}

  @BeforeEach
  void freshDataDirectory() {
    dataDir = dir.resolve("data");
  }

  Outcome run(String command, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--iskra.data-dir=" + dataDir);
    int code =
        IskraLauncher.runCommand(
            IskraApplication.class,
            command,
            all.toArray(String[]::new),
            InputStream.nullInputStream(),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Outcome(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  JdbcClient store() {
    return JdbcClient.create(
        new DriverManagerDataSource("jdbc:sqlite:" + dataDir.resolve("iskra.db")));
  }

  long count(String sql) {
    return store().sql(sql).query(Long.class).single();
  }

  Path fixture(String name) throws IOException {
    Path file = dir.resolve(name);
    try (InputStream in = getClass().getResourceAsStream("/import/" + name)) {
      Files.write(file, in.readAllBytes());
    }
    return file;
  }

  @Test
  void importsAWordPressExportAndOnlyReportsWhatIsNewTheSecondTime() throws IOException {
    Path export = fixture("wordpress.xml");

    Outcome first = run("import-wxr", export.toString());

    assertThat(first.err()).isEmpty();
    assertThat(first.exitCode()).isZero();
    assertThat(first.out())
        .startsWith("wordpress.xml: imported 285, updated 0, skipped 16, failed 0.\n")
        .contains("  skipped 15: private post\n")
        .contains("  skipped 1: post type 'page' is not imported\n")
        .containsPattern(
            "  skipped line \\d+, post 7 \"Dispatch 7 on wages and the economy\": private post");
    assertThat(count("SELECT COUNT(*) FROM articles")).isEqualTo(285);
    assertThat(count("SELECT COUNT(*) FROM sections")).isEqualTo(3);
    assertThat(count("SELECT COUNT(*) FROM imported_attachments")).isEqualTo(60);
    assertThat(count("SELECT COUNT(*) FROM legacy_urls")).isEqualTo(2 * 285);

    Outcome second = run("import-wxr", export.toString());

    assertThat(second.exitCode()).isZero();
    assertThat(second.out())
        .startsWith("wordpress.xml: imported 0, updated 0, skipped 301, failed 0.\n")
        .contains("  skipped 285: unchanged\n")
        .doesNotContainPattern("skipped line .*: unchanged");
    assertThat(count("SELECT COUNT(*) FROM articles")).isEqualTo(285);
  }

  @Test
  void categoriesAsTagsPutEveryPostInTheGivenSectionAndRecordLocalAttachments() throws IOException {
    Path uploads = Files.createDirectories(dir.resolve("uploads/2019/03"));
    Files.write(uploads.resolve("photo-5.jpg"), new byte[] {1, 2, 3});

    Outcome outcome =
        run(
            "import-wxr",
            fixture("wordpress.xml").toString(),
            "--categories",
            "tags",
            "--section",
            "archive-posts",
            "--attachments",
            dir.resolve("uploads").toString());

    assertThat(outcome.exitCode()).isZero();
    assertThat(count("SELECT COUNT(*) FROM sections")).isEqualTo(1);
    assertThat(store().sql("SELECT slug FROM sections").query(String.class).single())
        .isEqualTo("archive-posts");
    assertThat(
            count("SELECT COUNT(*) FROM tags WHERE name IN ('World News', 'Новости', 'Economy')"))
        .isEqualTo(3);
    assertThat(
            store()
                .sql("SELECT local_path FROM imported_attachments WHERE local_path IS NOT NULL")
                .query(String.class)
                .list())
        .containsExactly(uploads.resolve("photo-5.jpg").toAbsolutePath().toString());
  }

  @Test
  void refusesMalformedAndDangerousFilesWithExitOneAndImportsNothing() throws IOException {
    String good = Files.readString(fixture("wordpress.xml"));
    Path broken =
        Files.writeString(
            dir.resolve("broken.xml"),
            good.replaceFirst("<wp:post_id>150</wp:post_id>", "<wp:post_id>150"));
    Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-PASSWORD");
    Path xxe =
        Files.writeString(
            dir.resolve("xxe.xml"),
            "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \""
                + secret.toUri()
                + "\">]>\n<rss><channel><item><title>&xxe;</title></item></channel></rss>\n");

    Outcome brokenOutcome = run("import-wxr", broken.toString());
    assertThat(brokenOutcome.exitCode()).isEqualTo(1);
    assertThat(brokenOutcome.err())
        .containsPattern("broken.xml: line \\d+: not well-formed XML")
        .contains("Nothing was imported.");

    Outcome xxeOutcome = run("import-feed", xxe.toString());
    assertThat(xxeOutcome.exitCode()).isEqualTo(1);
    assertThat(xxeOutcome.err()).contains("xxe.xml: line 2: the file declares a DOCTYPE");
    assertThat(xxeOutcome.out() + xxeOutcome.err()).doesNotContain("TOP-SECRET");

    Outcome missing = run("import-ghost", dir.resolve("missing.json").toString());
    assertThat(missing.exitCode()).isEqualTo(1);
    assertThat(missing.err()).contains("missing.json: no such file");

    Path notJson = Files.writeString(dir.resolve("export.json"), "{\"db\": [\n{\"data\": ]");
    Outcome json = run("import-ghost", notJson.toString());
    assertThat(json.exitCode()).isEqualTo(1);
    assertThat(json.err()).contains("export.json: line 2: not valid JSON");

    assertThat(count("SELECT COUNT(*) FROM articles")).isZero();
  }

  @Test
  void importsGhostAndFeedFilesAndReportsEachFailureByPosition() throws IOException {
    Outcome ghost = run("import-ghost", fixture("ghost.json").toString());

    assertThat(ghost.exitCode()).isZero();
    assertThat(ghost.out()).startsWith("ghost.json: imported 3, updated 0, skipped 2, failed 1.\n");
    assertThat(ghost.err())
        .contains(
            "  failed post 4, post 5e0a1b2c3d4e5f6a7b8c9d04 \"Mobiledoc only\": no html, only"
                + " mobiledoc or lexical; export it again from Ghost 4 or later (nothing of it was"
                + " imported)");
    assertThat(store().sql("SELECT slug FROM sections").query(String.class).list())
        .containsExactly("news");

    Outcome rss = run("import-feed", fixture("rss.xml").toString(), "--section", "partners");
    assertThat(rss.exitCode()).isZero();
    assertThat(rss.out())
        .startsWith("rss.xml: imported 2, updated 0, skipped 2, failed 1.\n")
        .contains(
            "  skipped entry 3, entry \"Bold news again (same GUID)\": the same entry as entry 1")
        .contains(
            "  note entry 1, entry \"Bold news & views\": line 11: <pubDate> 'sometime last"
                + " Tuesday' is not a date; the article is dated at the import\n");
    Outcome atom = run("import-feed", fixture("atom.xml").toString(), "--section", "partners");
    assertThat(atom.out()).startsWith("atom.xml: imported 2, updated 0, skipped 0, failed 0.\n");
    Path json =
        Files.writeString(
            dir.resolve("partner.json"),
            """
            {"version": "https://jsonfeed.org/version/1.1", "title": "Partner",
             "home_page_url": "https://partner.example.com/",
             "items": [{"id": "j-1", "url": "/2021/json-story", "title": "A JSON story",
                        "content_html": "<p>From a JSON Feed.</p>",
                        "date_published": "2021-03-04T05:06:07Z"}]}
            """);
    assertThat(run("import-feed", json.toString(), "--section", "partners").out())
        .startsWith("partner.json: imported 1, updated 0, skipped 0, failed 0.\n");
    assertThat(count("SELECT COUNT(*) FROM articles")).isEqualTo(8);
    assertThat(
            store()
                .sql("SELECT source_url FROM imported_items WHERE source_id = 'j-1'")
                .query(String.class)
                .single())
        .isEqualTo("https://partner.example.com/2021/json-story");
  }

  @Test
  void explainsMisuse() throws IOException {
    Path export = fixture("wordpress.xml");

    assertThat(run("import-wxr", export.toString(), "--categories", "tags"))
        .satisfies(
            o -> {
              assertThat(o.exitCode()).isEqualTo(2);
              assertThat(o.err())
                  .contains("--categories tags needs --section SLUG")
                  .contains("Usage: iskra import-wxr FILE [--categories sections|tags]");
            });
    assertThat(run("import-wxr", export.toString(), "--categories", "both").err())
        .contains("--categories must be sections or tags, not 'both'");
    assertThat(
            run("import-wxr", export.toString(), "--attachments", dir.resolve("none").toString())
                .exitCode())
        .isEqualTo(2);
    assertThat(run("import-feed").err()).contains("Give exactly one FILE to import");
    assertThat(run("import-ghost", "a.json", "--sectoin", "x").err())
        .contains("Unknown option --sectoin");
    assertThat(count("SELECT COUNT(*) FROM articles")).isZero();
  }
}
