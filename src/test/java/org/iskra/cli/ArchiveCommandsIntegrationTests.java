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
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.iskra.IskraApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * {@code iskra export}, {@code restore} and {@code export-wxr} run as a user runs them, on SQLite
 * data directories: what they print, their exit codes, and refusals that change nothing.
 */
class ArchiveCommandsIntegrationTests {

  @TempDir Path dir;

  record Outcome(int exitCode, String out, String err) {}

  Outcome run(Path dataDir, String command, String... args) {
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

  long count(Path dataDir, String sql) {
    return JdbcClient.create(
            new DriverManagerDataSource("jdbc:sqlite:" + dataDir.resolve("iskra.db")))
        .sql(sql)
        .query(Long.class)
        .single();
  }

  Path withArticles(String name) throws IOException {
    Path data = dir.resolve(name);
    Path text = dir.resolve(name + ".txt");
    Files.writeString(
        text, "First dispatch from the strike.\n\nSecond dispatch: the strike holds.\n");
    assertThat(run(data, "import-text", text.toString(), "--section", "labour").exitCode())
        .isZero();
    return data;
  }

  @Test
  void exportsAndRestoresIntoAnEmptyDataDirectory() throws IOException {
    Path source = withArticles("source");
    Path archive = dir.resolve("backup.zip");

    Outcome export = run(source, "export", archive.toString());

    assertThat(export.err()).isEmpty();
    assertThat(export.exitCode()).isZero();
    assertThat(export.out())
        .startsWith("Wrote " + archive + ": 2 articles, ")
        .contains("without desk accounts")
        .contains("subscribers' e-mail addresses");

    Path target = dir.resolve("target");
    Outcome restore = run(target, "restore", archive.toString());

    assertThat(restore.err()).isEmpty();
    assertThat(restore.exitCode()).isZero();
    assertThat(restore.out())
        .startsWith("Restored " + archive + " (taken ")
        .contains("2 articles")
        .contains("The search index is rebuilt when the server starts.");
    assertThat(count(target, "SELECT COUNT(*) FROM articles")).isEqualTo(2);
    assertThat(count(target, "SELECT COUNT(*) FROM article_revisions")).isEqualTo(2);

    Outcome again = run(target, "restore", archive.toString());

    assertThat(again.exitCode()).isEqualTo(1);
    assertThat(again.err())
        .contains("The store is not empty (rows in sections, articles,")
        .endsWith("Nothing was restored.\n");
    assertThat(count(target, "SELECT COUNT(*) FROM articles")).isEqualTo(2);
  }

  @Test
  void refusesWhatIsNotAWholeArchiveOfThisSchemaAndRestoresNothing() throws IOException {
    Path source = withArticles("source");
    Path archive = dir.resolve("backup.zip");
    assertThat(run(source, "export", archive.toString()).exitCode()).isZero();
    byte[] whole = Files.readAllBytes(archive);
    Path truncated = dir.resolve("truncated.zip");
    Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length / 2));
    Path notZip = dir.resolve("notes.zip");
    Files.writeString(notZip, "just some notes");
    Path otherVersion = dir.resolve("future.zip");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(otherVersion))) {
      zip.putNextEntry(new ZipEntry("manifest.json"));
      zip.write(
          "{\"format\":\"iskra-archive\",\"formatVersion\":2,\"schemaVersion\":\"99\",\"tables\":[]}"
              .getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    Path target = dir.resolve("target");

    Outcome cut = run(target, "restore", truncated.toString());
    Outcome garbage = run(target, "restore", notZip.toString());
    Outcome future = run(target, "restore", otherVersion.toString());
    Outcome missing = run(target, "restore", dir.resolve("nowhere.zip").toString());

    assertThat(cut.exitCode()).isEqualTo(1);
    assertThat(cut.err())
        .startsWith(truncated + ": not a readable zip file, or a truncated one (")
        .endsWith("Nothing was restored.\n");
    assertThat(garbage.exitCode()).isEqualTo(1);
    assertThat(garbage.err()).startsWith(notZip + ": not a readable zip file");
    assertThat(future.exitCode()).isEqualTo(1);
    assertThat(future.err())
        .startsWith(otherVersion + ": archive format version 2; this Iskra reads version 1");
    assertThat(missing.exitCode()).isEqualTo(1);
    assertThat(missing.err()).startsWith(dir.resolve("nowhere.zip") + ": no such file");
    assertThat(count(target, "SELECT COUNT(*) FROM articles")).isZero();
    assertThat(count(target, "SELECT COUNT(*) FROM sections")).isZero();
  }

  @Test
  void misuseExitsWithTwoAndSaysHow() {
    Path data = dir.resolve("data");

    Outcome noFile = run(data, "export");
    Outcome twoFiles = run(data, "restore", "a.zip", "b.zip");
    Outcome unknown = run(data, "export-wxr", "out.xml", "--pretty", "yes");

    assertThat(noFile.exitCode()).isEqualTo(2);
    assertThat(noFile.err())
        .isEqualTo(
            "Give exactly one FILE to write the archive to\n"
                + "Usage: iskra export FILE [--with-accounts]\n");
    assertThat(twoFiles.exitCode()).isEqualTo(2);
    assertThat(twoFiles.err()).contains("Usage: iskra restore FILE");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).startsWith("Unknown option --pretty");
  }

  @Test
  void writesAWordPressExport() throws IOException {
    Path source = withArticles("source");
    Path file = dir.resolve("wordpress.xml");

    Outcome outcome = run(source, "export-wxr", file.toString());

    assertThat(outcome.err()).isEmpty();
    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.out())
        .isEqualTo(
            "Wrote "
                + file
                + ": 2 posts, 0 attachments, 0 authors, 1 categories, 0 tags. Import it in"
                + " WordPress under Tools > Import > WordPress.\n");
    assertThat(Files.readString(file))
        .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
        .contains("<wp:wxr_version>1.2</wp:wxr_version>")
        .contains("<title>First dispatch from the strike</title>")
        .contains(
            "<content:encoded><![CDATA[<p>First dispatch from the strike.</p>]]></content:encoded>");
  }
}
