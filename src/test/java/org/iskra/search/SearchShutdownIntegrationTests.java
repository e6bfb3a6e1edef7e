package org.iskra.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.iskra.IskraApplication;
import org.iskra.article.ArticleView;
import org.iskra.publication.PublicationProfile;
import org.iskra.site.SiteClient;
import org.iskra.store.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * SIGTERM (the context's close) while the search index is being rebuilt: the server stops in a
 * moment instead of waiting for the rebuild, the rebuild is abandoned cleanly (the index in use
 * untouched, the half-built one deleted), and the next start searches the same index.
 */
@ExtendWith(OutputCaptureExtension.class)
class SearchShutdownIntegrationTests {

  static volatile boolean slow;
  static final CountDownLatch REBUILDING = new CountDownLatch(1);

  /**
   * Documents that take half a second each once {@link #slow} is set: a rebuild of the demo then
   * lasts well beyond the shutdown's patience. Added only to this test's application.
   */
  static class SlowDocuments {
    @Bean
    @Primary
    SearchDocuments slowDocuments(PublicationProfile publication) {
      return new SearchDocuments(publication) {
        @Override
        SearchDocument of(ArticleView view) {
          if (slow) {
            REBUILDING.countDown();
            try {
              Thread.sleep(500);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
          return super.of(view);
        }
      };
    }
  }

  @Test
  void aRebuildInProgressIsAbandonedAtShutdownAndTheIndexInUseStays(CapturedOutput output)
      throws Exception {
    Path dataDir =
        Path.of(
            TestDatabases.emptyDatabaseProperties(TestDatabases.Kind.SQLITE).get("iskra.data-dir"));
    ConfigurableApplicationContext first = start(dataDir);
    List<Path> generations;
    long closing;
    try {
      SiteClient site = site(first);
      SearchIntegrationTests.eventually(
          () -> !site.get("/search?q=argentina").html().select(".search-hit").isEmpty());
      SearchIndexer indexer = first.getBean(SearchIndexer.class);
      SearchIntegrationTests.eventually(() -> indexer.waiting() == 0);
      generations = generations(dataDir);
      assertThat(generations).hasSize(1);

      slow = true;
      indexer.run(first.getBean(SearchMaintenance.class)::rebuild);
      assertThat(REBUILDING.await(20, TimeUnit.SECONDS)).isTrue();
      closing = System.nanoTime();
      CompletableFuture.runAsync(first::close).get(30, TimeUnit.SECONDS);
    } finally {
      slow = false;
      first.close(); // does nothing once closed; frees the index's lock if an assertion failed
    }

    assertThat(Duration.ofNanos(System.nanoTime() - closing))
        .as("stopped at the next article, not after the rebuild")
        .isLessThan(Duration.ofSeconds(5));
    assertThat(output)
        .contains("Search index rebuild abandoned at shutdown")
        .doesNotContain("Search indexing failed");
    assertThat(generations(dataDir)).as("the half-built index is gone").isEqualTo(generations);

    ConfigurableApplicationContext second = start(dataDir);
    try {
      SiteClient again = site(second);
      assertThat(again.get("/search?q=argentina").html().select(".search-hit")).isNotEmpty();
      assertThat(generations(dataDir)).isEqualTo(generations);
    } finally {
      second.close();
    }
  }

  private static ConfigurableApplicationContext start(Path dataDir) {
    return new SpringApplicationBuilder(IskraApplication.class, SlowDocuments.class)
        .run(
            "--iskra.data-dir=" + dataDir,
            // Both starts on one index (the tests' settings give each context its own).
            "--iskra.search.directory=" + dataDir.resolve("search"),
            "--server.port=0",
            "--iskra.schedule.initial-delay=1h",
            "--iskra.search.catch-up-interval=1h");
  }

  private static SiteClient site(ConfigurableApplicationContext context) {
    return new SiteClient(((WebServerApplicationContext) context).getWebServer().getPort());
  }

  /** The index's generation folders ({@code index-…}) in the data directory's search folder. */
  private static List<Path> generations(Path dataDir) throws IOException {
    try (Stream<Path> files = Files.walk(dataDir.resolve("search"), 1)) {
      return files
          .filter(Files::isDirectory)
          .filter(path -> path.getFileName().toString().startsWith("index-"))
          .sorted()
          .toList();
    }
  }
}
