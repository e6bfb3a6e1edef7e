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

/** {@code iskra import-text} run as a user runs it, against a fresh SQLite data directory. */
class ImportTextCommandIntegrationTests {

  @TempDir Path dir;
  Path dataDir;

  record Outcome(int exitCode, String out, String err) {}

  @BeforeEach
  void freshDataDirectory() {
    dataDir = dir.resolve("data");
  }

  Outcome run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--iskra.data-dir=" + dataDir);
    int code =
        IskraLauncher.runCommand(
            IskraApplication.class,
            "import-text",
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

  long articleCount() {
    return store().sql("SELECT COUNT(*) FROM articles").query(Long.class).single();
  }

  Path seedFile() throws IOException {
    Path seed = dir.resolve("000_704fca15339d8907.txt");
    try (InputStream in = getClass().getResourceAsStream("/demo/000_704fca15339d8907.txt")) {
      Files.write(seed, in.readAllBytes());
    }
    return seed;
  }

  @Test
  void importsTheSeedFileOneArticlePerParagraphNewestFirst() throws IOException {
    Outcome outcome = run(seedFile().toString(), "--section", "americas");

    assertThat(outcome.err()).isEmpty();
    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.out())
        .contains("Created section 'Americas' at /americas")
        .contains("Imported 13 articles as published into /americas");
    List<String> titles =
        store()
            .sql("SELECT title FROM articles WHERE status = 'published' ORDER BY published_at DESC")
            .query(String.class)
            .list();
    assertThat(titles).hasSize(13);
    assertThat(titles.getFirst())
        .startsWith("On Sunday 3 December, a consultative public referendum");
    assertThat(titles.get(9)).startsWith("In 1780, the Spanish Viceroyalty of Perú was shaken");
    assertThat(titles).allSatisfy(title -> assertThat(title.length()).isLessThanOrEqualTo(121));
    String body =
        store()
            .sql("SELECT body FROM articles WHERE title LIKE 'In 1780%'")
            .query(String.class)
            .single();
    assertThat(body)
        .startsWith("<p>In 1780")
        .endsWith("In the following article, Pascal Cueto</p>");
  }

  @Test
  void importsAsDraftsWhenAsked() throws IOException {
    Outcome outcome = run(seedFile().toString(), "--section=history", "--status=draft");

    assertThat(outcome.exitCode()).isZero();
    assertThat(
            store()
                .sql(
                    "SELECT COUNT(*) FROM articles WHERE status = 'draft' AND published_at IS NULL")
                .query(Long.class)
                .single())
        .isEqualTo(13);
  }

  @Test
  void refusesEmptyBinaryAndNonUtf8FilesAndImportsNothing() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "\n \n");
    Path binary =
        Files.write(
            dir.resolve("photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, 'J', 'F', 0, 1});
    Path latin1 =
        Files.write(
            dir.resolve("latin1.txt"),
            "First paragraph.\n\nSecond, with caf\u00e9.\n".getBytes(StandardCharsets.ISO_8859_1));
    Path nul =
        Files.write(
            dir.resolve("nul.txt"),
            "Fine line.\n\nThen\u0000 a NUL.\n".getBytes(StandardCharsets.UTF_8));

    Outcome emptyOutcome = run(empty.toString(), "--section", "americas");
    assertThat(emptyOutcome.exitCode()).isEqualTo(1);
    assertThat(emptyOutcome.err())
        .contains("empty.txt: the file is empty")
        .contains("Nothing was imported.");

    Outcome binaryOutcome = run(binary.toString(), "--section", "americas");
    assertThat(binaryOutcome.exitCode()).isEqualTo(1);
    assertThat(binaryOutcome.err()).contains("photo.jpg: line 1 is not valid UTF-8");

    Outcome latin1Outcome = run(latin1.toString(), "--section", "americas");
    assertThat(latin1Outcome.exitCode()).isEqualTo(1);
    assertThat(latin1Outcome.err()).contains("latin1.txt: line 3 is not valid UTF-8");

    Outcome nulOutcome = run(nul.toString(), "--section", "americas");
    assertThat(nulOutcome.exitCode()).isEqualTo(1);
    assertThat(nulOutcome.err()).contains("nul.txt: line 3 contains a control character (U+0000)");

    assertThat(articleCount()).isZero();
    assertThat(store().sql("SELECT COUNT(*) FROM sections").query(Long.class).single()).isZero();
  }

  @Test
  void explainsMisuse() throws IOException {
    Path seed = seedFile();

    assertThat(run(seed.toString()))
        .satisfies(
            o -> {
              assertThat(o.exitCode()).isEqualTo(2);
              assertThat(o.err())
                  .contains("--section SLUG is required")
                  .contains("Usage: iskra import-text FILE --section SLUG");
            });
    assertThat(run(seed.toString(), "--section", "americas", "--status", "scheduled").err())
        .contains("--status must be draft or published, not 'scheduled'");
    assertThat(run(seed.toString(), "--section", "americas", "--sectoin", "x").err())
        .contains("Unknown option --sectoin");
    assertThat(run(dir.resolve("missing.txt").toString(), "--section", "americas"))
        .satisfies(
            o -> {
              assertThat(o.exitCode()).isEqualTo(1);
              assertThat(o.err()).contains("missing.txt: no such file");
            });
    assertThat(run(seed.toString(), "--section", "archive"))
        .satisfies(
            o -> {
              assertThat(o.exitCode()).isEqualTo(1);
              assertThat(o.err())
                  .contains("Section slug 'archive' is reserved")
                  .contains("Nothing was imported.");
            });
    assertThat(articleCount()).isZero();
  }
}
