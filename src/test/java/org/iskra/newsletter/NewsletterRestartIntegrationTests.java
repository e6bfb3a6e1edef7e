package org.iskra.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.iskra.IskraApplication;
import org.iskra.store.TestDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A server stopped in the middle of sending a newsletter, and started again on the same store:
 * every subscriber gets the mail exactly once (GreenMail counts the deliveries).
 */
abstract class NewsletterRestartIntegrationTests {

  static final int READERS = 6;

  abstract TestDatabases.Kind kind();

  /** Settings as command-line arguments, so that they win over application.properties. */
  static ConfigurableApplicationContext start(Map<String, Object> properties) {
    return new SpringApplicationBuilder(IskraApplication.class)
        .run(
            properties.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new));
  }

  /** Confirmed weekly subscribers with these addresses. */
  static void activeReaders(JdbcClient jdbc, List<String> readers) {
    long now = Instant.now().toEpochMilli();
    for (String reader : readers) {
      jdbc.sql(
              """
              INSERT INTO subscribers (email, status, frequency, created_at, updated_at,
                                       confirmed_at)
              VALUES (?, 'active', 'weekly', ?, ?, ?)
              """)
          .params(reader, now, now, now)
          .update();
    }
  }

  /** The first published article of the demo content. */
  static long firstPublishedArticle(JdbcClient jdbc) {
    return jdbc.sql("SELECT MIN(id) FROM articles WHERE status = 'published'")
        .query(Long.class)
        .single();
  }

  @Test
  void aRestartInTheMiddleOfASendLosesAndDuplicatesNothing() {
    Map<String, Object> properties = new HashMap<>(TestDatabases.emptyDatabaseProperties(kind()));
    properties.put("server.port", "0");
    properties.put("spring.datasource.hikari.maximum-pool-size", "4");
    properties.put("spring.mail.host", "127.0.0.1");
    properties.put("spring.mail.port", Integer.toString(TestMail.port()));
    // Two mails a second, so that the stop comes with most of the batch still queued.
    properties.put("iskra.newsletter.rate-per-minute", "120");
    properties.put("iskra.newsletter.poll-interval", "100ms");
    properties.put("iskra.newsletter.digest-check-initial-delay", "1h");
    properties.put("iskra.schedule.initial-delay", "1h");
    String run = Long.toString(System.nanoTime());
    List<String> readers =
        IntStream.range(0, READERS)
            .mapToObj(i -> "restart" + i + "-" + run + "@example.org")
            .toList();

    try (ConfigurableApplicationContext first = start(properties)) {
      JdbcClient jdbc = first.getBean(JdbcClient.class);
      activeReaders(jdbc, readers);
      long article = firstPublishedArticle(jdbc);
      assertThat(first.getBean(Subscriptions.class).sendArticle(article, "test"))
          .isEqualTo(READERS);
      Instant deadline = Instant.now().plusSeconds(30);
      while (delivered(readers) < 2) {
        assertThat(Instant.now()).as("two mails delivered in time").isBefore(deadline);
        TestMail.pause(20);
      }
    }
    int beforeRestart = delivered(readers);
    assertThat(beforeRestart).isBetween(2, READERS - 1);

    JdbcClient stopped = JdbcClient.create(new DriverManagerDataSource(url(properties)));
    assertThat(
            stopped
                .sql("SELECT COUNT(*) FROM mail_queue WHERE status IN ('sending', 'uncertain')")
                .query(Long.class)
                .single())
        .as("rows left between handing over and recording")
        .isZero();
    assertThat(
            stopped
                .sql("SELECT COUNT(*) FROM mail_queue WHERE status = 'queued'")
                .query(Long.class)
                .single())
        .isEqualTo(READERS - beforeRestart);

    try (ConfigurableApplicationContext second = start(properties)) {
      JdbcClient jdbc = second.getBean(JdbcClient.class);
      for (String reader : readers) {
        TestMail.await(reader, 1);
      }
      TestMail.pause(1500);
      for (String reader : readers) {
        assertThat(TestMail.to(reader)).as(reader).hasSize(1);
      }
      assertThat(
              jdbc.sql("SELECT COUNT(*) FROM mail_queue WHERE status = 'sent'")
                  .query(Long.class)
                  .single())
          .isEqualTo(READERS);
    }
  }

  /** The store the servers used, reached while none runs. */
  private static String url(Map<String, Object> properties) {
    Object url = properties.get("iskra.database.url");
    return url != null
        ? url.toString()
        : "jdbc:sqlite:" + properties.get("iskra.data-dir") + "/iskra.db";
  }

  private static int delivered(List<String> readers) {
    return readers.stream().mapToInt(reader -> TestMail.to(reader).size()).sum();
  }
}
