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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code iskra export-static} as a user runs it, on a SQLite data directory: a copy written and a
 * re-run that writes nothing, and its refusals with their exit codes.
 */
class ExportStaticCommandIntegrationTests {

  @TempDir Path dir;

  record Outcome(int exitCode, String out, String err) {}

  Outcome run(String command, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--iskra.data-dir=" + dir.resolve("data"));
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

  @Test
  void writesTheCopyAndARerunWritesNothing() throws IOException {
    Path text = dir.resolve("dispatches.txt");
    Files.writeString(text, "First dispatch from the strike.\n\nSecond dispatch.\n");
    assertThat(run("import-text", text.toString(), "--section", "labour").exitCode()).isZero();
    Path copy = dir.resolve("copy");

    Outcome first = run("export-static", copy.toString(), "--search-url", "https://x.org/search");

    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out()).startsWith("Exported ").contains(" 0 unchanged, 0 deleted");
    assertThat(copy.resolve("index.html")).content().contains("action=\"https://x.org/search\"");
    assertThat(copy.resolve("labour/index.html")).exists();
    assertThat(copy.resolve("sitemap.xml")).exists();

    Outcome again = run("export-static", copy.toString(), "--search-url", "https://x.org/search");
    assertThat(again.exitCode()).isZero();
    assertThat(again.out()).contains(": 0 written, ").contains(" 0 deleted");
  }

  @Test
  void refusesWithoutADirectoryOrWithAFile() throws IOException {
    Outcome missing = run("export-static");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err())
        .contains("Give exactly one DIR")
        .contains("Usage: iskra export-static");

    Outcome badParallel = run("export-static", dir.resolve("x").toString(), "--parallel", "0");
    assertThat(badParallel.exitCode()).isEqualTo(2);
    assertThat(badParallel.err()).contains("--parallel takes a number");

    Path file = Files.writeString(dir.resolve("not-a-dir"), "x");
    Outcome aFile = run("export-static", file.toString());
    assertThat(aFile.exitCode()).isEqualTo(1);
    assertThat(aFile.err()).contains("is a file");
    assertThat(file).hasContent("x");
  }
}
