package org.iskra.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.iskra.store.TestDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An SMTP server that cannot be reached: the mail goes back to the queue with the error and a later
 * attempt, from 'preparing' (the connection is opened before the hand-over is recorded), and
 * nothing is marked sent or uncertain.
 */
abstract class NewsletterRetryIntegrationTests {

  abstract TestDatabases.Kind kind();

  @Test
  void anUnreachableSmtpServerQueuesTheMailAgainForLater() {
    Map<String, Object> properties = new HashMap<>(TestDatabases.emptyDatabaseProperties(kind()));
    properties.put("server.port", "0");
    properties.put("spring.datasource.hikari.maximum-pool-size", "4");
    properties.put("spring.mail.host", "127.0.0.1");
    properties.put("spring.mail.port", Integer.toString(closedPort()));
    properties.put("iskra.newsletter.poll-interval", "100ms");
    properties.put("iskra.newsletter.retry-after", "1h");
    properties.put("iskra.newsletter.digest-check-initial-delay", "1h");
    properties.put("iskra.schedule.initial-delay", "1h");
    String reader = "unreachable-" + System.nanoTime() + "@example.org";

    try (ConfigurableApplicationContext server =
        NewsletterRestartIntegrationTests.start(properties)) {
      JdbcClient jdbc = server.getBean(JdbcClient.class);
      NewsletterRestartIntegrationTests.activeReaders(jdbc, List.of(reader));
      long article = NewsletterRestartIntegrationTests.firstPublishedArticle(jdbc);
      assertThat(server.getBean(Subscriptions.class).sendArticle(article, "test")).isEqualTo(1);

      Instant deadline = Instant.now().plusSeconds(30);
      Map<String, Object> row;
      do {
        assertThat(Instant.now()).as("one attempt made in time").isBefore(deadline);
        pause();
        row =
            jdbc.sql(
                    """
                    SELECT q.status, q.attempts, q.last_error, q.next_attempt_at FROM mail_queue q
                    JOIN subscribers s ON s.id = q.subscriber_id WHERE s.email = ?
                    """)
                .param(reader)
                .query()
                .singleRow();
      } while (((Number) row.get("attempts")).intValue() == 0
          || !"queued".equals(row.get("status")));
      assertThat(((Number) row.get("attempts")).intValue()).isEqualTo(1);
      assertThat((String) row.get("last_error")).containsIgnoringCase("connect");
      assertThat(((Number) row.get("next_attempt_at")).longValue())
          .as("retried after iskra.newsletter.retry-after")
          .isGreaterThan(Instant.now().plusSeconds(3000).toEpochMilli());
    }
  }

  private static void pause() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static int closedPort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
