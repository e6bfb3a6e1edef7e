package org.iskra.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.iskra.testing.Connections;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The database stops while the site is being read: stored pages keep being served from memory, a
 * stored page past its age is served as it was rather than as an error, and everything is drawn
 * afresh once the database is back. The outage is a data source that refuses connections.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"iskra.schedule.initial-delay=1h", "iskra.cache.max-age=2s"})
@Import(PageCacheOutageIntegrationTests.Outage.class)
abstract class PageCacheOutageIntegrationTests {

  static final String TUPAC = PageCacheIntegrationTests.TUPAC;

  static final AtomicBoolean DOWN = new AtomicBoolean();

  @LocalServerPort int port;
  @Autowired PageCache cache;

  private final HttpClient http = HttpClient.newHttpClient();

  @TestConfiguration
  static class Outage {
    @Bean
    static BeanPostProcessor failingDataSource() {
      return Connections.intercepting(
          opening -> {
            if (DOWN.get()) {
              throw new SQLTransientConnectionException("the database is down (test)");
            }
            return opening.open();
          });
    }
  }

  @AfterEach
  void databaseBack() {
    DOWN.set(false);
  }

  HttpResponse<String> get(String path) {
    try {
      return http.send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
              .timeout(Duration.ofSeconds(20))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String outcome(HttpResponse<?> response) {
    return response.headers().firstValue("X-Cache").orElse(null);
  }

  @Test
  void storedPagesOutliveTheDatabase() throws InterruptedException {
    cache.purgeAll();
    HttpResponse<String> article = get(TUPAC);
    HttpResponse<String> front = get("/");
    assertThat(article.statusCode()).isEqualTo(200);

    DOWN.set(true);
    HttpResponse<String> fromMemory = get(TUPAC);
    assertThat(fromMemory.statusCode()).isEqualTo(200);
    assertThat(outcome(fromMemory)).isEqualTo("HIT");
    assertThat(fromMemory.body()).isEqualTo(article.body());
    assertThat(get("/").body()).isEqualTo(front.body());
    assertThat(get("/americas").statusCode()).as("never stored").isGreaterThanOrEqualTo(500);

    Thread.sleep(2100);
    HttpResponse<String> old = get(TUPAC);
    assertThat(old.statusCode()).isEqualTo(200);
    assertThat(outcome(old)).isEqualTo("STALE");
    assertThat(old.body()).isEqualTo(article.body());

    DOWN.set(false);
    HttpResponse<String> back = get(TUPAC);
    assertThat(back.statusCode()).isEqualTo(200);
    assertThat(outcome(back)).isEqualTo("MISS");
    assertThat(get("/americas").statusCode()).isEqualTo(200);
  }
}
