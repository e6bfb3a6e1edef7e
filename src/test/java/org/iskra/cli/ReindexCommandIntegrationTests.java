package org.iskra.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.iskra.IskraApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code iskra reindex} alone, and beside a running server that holds the index. */
class ReindexCommandIntegrationTests {

  @TempDir Path dir;

  record Outcome(int exitCode, String out, String err) {}

  Outcome run(String command, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--iskra.data-dir=" + dir.resolve("data"));
    all.add("--iskra.search.directory=" + dir.resolve("data/search"));
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

  Path seedFile() throws IOException {
    Path seed = dir.resolve("seed.txt");
    try (InputStream in = getClass().getResourceAsStream("/demo/000_704fca15339d8907.txt")) {
      Files.write(seed, in.readAllBytes());
    }
    return seed;
  }

  @Test
  void rebuildsTheIndexFromTheStore() throws IOException {
    assertThat(run("import-text", seedFile().toString(), "--section", "americas").exitCode())
        .isZero();

    Outcome reindexed = run("reindex");

    assertThat(reindexed.exitCode()).as(reindexed.err()).isZero();
    assertThat(reindexed.out()).contains("Rebuilt the search index: 13 articles");
    assertThat(run("reindex", "now").exitCode()).isEqualTo(2);
  }

  @Test
  void asksTheRunningServerWhichRebuildsWhileSearchesGoOn() throws Exception {
    try (ConfigurableApplicationContext server =
        SpringApplication.run(
            IskraApplication.class,
            "--server.port=0",
            "--iskra.data-dir=" + dir.resolve("data"),
            "--iskra.search.directory=" + dir.resolve("data/search"))) {
      int port = ((WebServerApplicationContext) server).getWebServer().getPort();
      HttpClient http = HttpClient.newHttpClient();
      URI search = URI.create("http://127.0.0.1:" + port + "/search?q=argentina");
      AtomicInteger failures = new AtomicInteger();
      Thread reader =
          Thread.ofVirtual()
              .start(
                  () -> {
                    while (!Thread.currentThread().isInterrupted()) {
                      try {
                        HttpResponse<String> answer =
                            http.send(
                                HttpRequest.newBuilder(search).build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (answer.statusCode() != 200) {
                          failures.incrementAndGet();
                        }
                      } catch (IOException e) {
                        failures.incrementAndGet();
                      } catch (InterruptedException e) {
                        return;
                      }
                    }
                  });

      Outcome reindexed = run("reindex");

      reader.interrupt();
      reader.join();
      assertThat(reindexed.exitCode()).as(reindexed.out() + reindexed.err()).isZero();
      assertThat(reindexed.out())
          .contains("asking it to rebuild", "Rebuilt by the server: 19 articles");
      assertThat(failures.get()).as("searches that failed during the rebuild").isZero();
    }
  }
}
