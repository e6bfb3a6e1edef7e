package org.iskra.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iskra.article.Article;
import org.iskra.article.ArticlePublisher;
import org.iskra.article.ArticleStatus;
import org.iskra.article.Manuscript;
import org.iskra.newsletter.Subscriber;
import org.iskra.newsletter.Subscriptions;
import org.iskra.search.SearchMaintenance;
import org.iskra.section.Sections;
import org.iskra.store.TestDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import tools.jackson.databind.json.JsonMapper;

/**
 * Health, probes and metrics over real HTTP on each store: UP with the database, nothing but the
 * status to anyone, metrics only with the token, and the figures the features register (index lag,
 * mail queue, webhook deliveries) beside the request timings.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "iskra.demo.enabled=false",
      "iskra.operations.metrics-token=" + OperationsIntegrationTests.TOKEN,
      // Nothing listens there: the confirmation mail stays queued, as a stalled queue would.
      "spring.mail.host=127.0.0.1",
      "spring.mail.port=9",
      "iskra.search.catch-up-interval=1h",
      "spring.datasource.hikari.maximum-pool-size=4"
    })
// Closed after the class, with a small pool: the shared PostgreSQL server has a hundred slots.
@DirtiesContext
abstract class OperationsIntegrationTests {

  static final String TOKEN = "metrics-token-for-tests";
  static final JsonMapper JSON = JsonMapper.builder().build();

  static void properties(DynamicPropertyRegistry registry, TestDatabases.Kind kind) {
    TestDatabases.emptyDatabaseProperties(kind).forEach((k, v) -> registry.add(k, () -> v));
  }

  @LocalServerPort int port;
  @Autowired Subscriptions subscriptions;
  @Autowired ArticlePublisher publisher;
  @Autowired Sections sections;
  @Autowired SearchMaintenance maintenance;
  @Autowired JdbcClient jdbc;
  @Autowired HealthEndpointGroups groups;

  final HttpClient http = HttpClient.newHttpClient();

  HttpResponse<String> get(String path, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    if (headers.length > 0) {
      request.headers(headers);
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  String metrics() {
    HttpResponse<String> response = get("/actuator/prometheus", "Authorization", "Bearer " + TOKEN);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
    return response.body();
  }

  static double value(String metrics, String series) {
    Matcher matcher =
        Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(metrics);
    assertThat(matcher.find()).as(series + " in\n" + metrics).isTrue();
    return Double.parseDouble(matcher.group(1));
  }

  /** UP although no SMTP server listens: mail is not part of health, the queue waits. */
  @Test
  void healthAndItsProbesAreUpWithTheDatabaseAndSayNothingMore() {
    for (String path :
        List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")) {
      HttpResponse<String> health = get(path);
      assertThat(health.statusCode()).as(path).isEqualTo(200);
      // The root names its groups; no component, no detail, anywhere.
      assertThat(JSON.readTree(health.body()).propertyNames()).isSubsetOf("status", "groups");
      assertThat(JSON.readTree(health.body()).get("status").asString()).isEqualTo("UP");
      assertThat(health.headers().firstValue("Set-Cookie")).isEmpty();
    }
  }

  @Test
  void readinessHoldsTheDatabaseAndLivenessDoesNot() {
    // Without details nobody outside sees the members; the actuator's own groups say them.
    assertThat(groups.get("readiness").isMember("db")).isTrue();
    assertThat(groups.get("readiness").isMember("readinessState")).isTrue();
    assertThat(groups.get("liveness").isMember("db")).isFalse();
    assertThat(groups.getPrimary().isMember("db")).isTrue();
  }

  @Test
  void metricsNeedTheTokenAndNothingElseIsExposed() {
    HttpResponse<String> anonymous = get("/actuator/prometheus");
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Bearer");
    assertThat(anonymous.body()).doesNotContain("jvm_").doesNotContain("http_server");
    assertThat(get("/actuator/prometheus", "Authorization", "Bearer wrong").statusCode())
        .isEqualTo(401);
    assertThat(get("/actuator/prometheus", "Authorization", "Basic " + TOKEN).statusCode())
        .isEqualTo(401);
    for (String hidden :
        List.of("/actuator", "/actuator/env", "/actuator/beans", "/actuator/metrics")) {
      assertThat(get(hidden).statusCode()).as(hidden).isEqualTo(404);
      assertThat(get(hidden, "Authorization", "Bearer " + TOKEN).statusCode())
          .as(hidden)
          .isEqualTo(404);
    }
  }

  @Test
  void metricsCarryRequestTimingsIndexLagMailQueueAndWebhookDeliveries() throws Exception {
    get("/");
    get("/");
    String before = metrics();
    assertThat(value(before, "iskra_page_cache_hits_total")).isGreaterThanOrEqualTo(1.0);
    assertThat(before).contains("iskra_page_cache_hit_ratio ", "iskra_page_cache_pages ");
    // Hits are answered before Spring MVC, so they have their own timer.
    assertThat(value(before, "iskra_page_cache_answers_seconds_count")).isGreaterThanOrEqualTo(1.0);
    assertThat(before).contains("http_server_requests_seconds_count{");
    assertThat(before).contains("http_server_requests_seconds_bucket{");
    assertThat(before).contains("iskra_webhook_deliveries{status=\"pending\"}");
    assertThat(before).contains("iskra_webhook_deliveries{status=\"sending\"}");
    assertThat(before).contains("iskra_search_index_pending ");
    assertThat(before).contains("iskra_newsletter_mail_queue{status=\"uncertain\"}");
    assertThat(before).contains("iskra_newsletter_mail_queue{status=\"preparing\"}");

    // A write the index never heard of (as a command-line import would make): the next
    // catch-up finds the article out of step, and the gauge says so until the one after.
    long section = sections.save("world", "World", "", 1).id();
    Article article =
        publisher.create(
            new Manuscript(
                "en",
                "Measured",
                "",
                "A standfirst.",
                "<p>Body.</p>",
                section,
                List.of(),
                List.of(),
                List.of(),
                null),
            ArticleStatus.PUBLISHED,
            Instant.now());
    maintenance.catchUp();
    jdbc.sql("UPDATE articles SET version = version + 1 WHERE id = ?").param(article.id()).update();
    maintenance.catchUp();
    assertThat(value(metrics(), "iskra_search_index_lag")).isEqualTo(1.0);
    // The repair shows once the index's searcher has refreshed (a quarter of a second).
    double lag = 1;
    for (int tries = 0; tries < 20 && lag > 0; tries++) {
      Thread.sleep(300);
      maintenance.catchUp();
      lag = value(metrics(), "iskra_search_index_lag");
    }
    assertThat(lag).isEqualTo(0.0);

    // A sign-up whose confirmation cannot leave (no SMTP server): it waits in the queue.
    subscriptions.signUp(
        "waiting-" + System.nanoTime() + "@example.org",
        Subscriber.Frequency.WEEKLY,
        List.of(),
        List.of());
    long deadline = System.currentTimeMillis() + 15_000;
    double queued = 0;
    while (System.currentTimeMillis() < deadline && queued < 1) {
      queued =
          value(metrics(), "iskra_newsletter_mail_queue{status=\"queued\"}")
              + value(metrics(), "iskra_newsletter_mail_queue{status=\"sending\"}");
      Thread.sleep(500);
    }
    assertThat(queued).isEqualTo(1.0);
  }
}
