package org.iskra.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.iskra.IskraApplication;
import org.iskra.section.Sections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A schedule lives in the store: what fell due while the server was down is published at start. */
class ScheduledPublishingIntegrationTests {

  @TempDir Path dir;

  ConfigurableApplicationContext server() {
    return SpringApplication.run(
        IskraApplication.class,
        "--server.port=0",
        "--iskra.data-dir=" + dir,
        "--iskra.search.directory=" + dir.resolve("search"),
        "--iskra.schedule.initial-delay=0s",
        "--iskra.schedule.check-interval=200ms");
  }

  @Test
  void anArticleDueWhileTheServerWasDownIsPublishedOnceAfterTheRestart() throws Exception {
    long id;
    Instant due = Instant.now().plusSeconds(2);
    try (ConfigurableApplicationContext first = server()) {
      long section = first.getBean(Sections.class).findBySlug("americas").orElseThrow().id();
      Article scheduled =
          first
              .getBean(ArticlePublisher.class)
              .create(
                  new Manuscript(
                      "en",
                      "Due while down",
                      "",
                      "",
                      "<p>Text.</p>",
                      section,
                      List.of(),
                      List.of(),
                      List.of(),
                      null),
                  ArticleStatus.SCHEDULED,
                  due);
      id = scheduled.id();
      assertThat(first.getBean(Articles.class).findById(id).orElseThrow().status())
          .isEqualTo(ArticleStatus.SCHEDULED);
    }
    Thread.sleep(Math.max(0, Duration.between(Instant.now(), due).toMillis()) + 300);

    try (ConfigurableApplicationContext second = server()) {
      Articles articles = second.getBean(Articles.class);
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (articles.findById(id).orElseThrow().status() != ArticleStatus.PUBLISHED
          && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      assertThat(articles.findById(id).orElseThrow().status()).isEqualTo(ArticleStatus.PUBLISHED);
      Thread.sleep(600);
      JdbcClient jdbc = second.getBean(JdbcClient.class);
      assertThat(
              jdbc.sql(
                      "SELECT COUNT(*) FROM article_revisions WHERE article_id = ? AND kind = 'published'")
                  .param(id)
                  .query(Long.class)
                  .single())
          .isEqualTo(1);
      assertThat(articles.findById(id).orElseThrow().publishedAt())
          .as("published at its scheduled time, not at the restart")
          .isEqualTo(due.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
    }
  }
}
