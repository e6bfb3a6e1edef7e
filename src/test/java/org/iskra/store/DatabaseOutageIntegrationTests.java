package org.iskra.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.iskra.account.AccountRegistry;
import org.iskra.account.Role;
import org.iskra.testing.Connections;
import org.iskra.testing.DeskClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
 * The database goes away while the site runs: every request that needs it gets a 503 with {@code
 * Retry-After} in its own form (the site's page in the edition's language, a problem for the API, a
 * "nothing was saved" page for the desk), and everything answers again once the database is back,
 * without a restart. The outage is a data source that refuses connections, as Hikari does when its
 * connection timeout passes.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"iskra.schedule.initial-delay=1h", "iskra.cache.enabled=false"})
@Import(DatabaseOutageIntegrationTests.Outage.class)
abstract class DatabaseOutageIntegrationTests {

  static final String PASSWORD = "a long enough passphrase";
  static final AtomicBoolean DOWN = new AtomicBoolean();

  @LocalServerPort int port;
  @Autowired AccountRegistry accounts;

  private final HttpClient http = HttpClient.newHttpClient();

  @TestConfiguration
  static class Outage {
    @Bean
    static BeanPostProcessor refusingDataSource() {
      return Connections.intercepting(
          opening -> {
            if (DOWN.get()) {
              // What HikariPool throws when no connection comes within its timeout.
              throw new SQLTransientConnectionException(
                  "HikariPool-1 - Connection is not available, request timed out after 5000ms");
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
    return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build());
  }

  HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private String section;

  private Map<String, String> article(String title) {
    return Map.of(
        "title", title,
        "body", "<p>Filed while the database may be away.</p>",
        "section", section,
        "language", "en",
        "version", "0",
        "action", "save");
  }

  @Test
  void everyoneIsToldToComeBackAndEverythingReturnsWithTheDatabase() {
    if (accounts.find("editor@example.org").isEmpty()) {
      accounts.create("editor@example.org", "editor", Role.EDITOR, PASSWORD);
    }
    DeskClient editor = new DeskClient(port).signIn("editor@example.org", PASSWORD);
    section =
        Jsoup.parse(editor.get("/desk/articles/new").body())
            .select("select[name=section] option[value~=\\d+]")
            .first()
            .attr("value");
    assertThat(get("/americas").statusCode()).isEqualTo(200);

    DOWN.set(true);

    HttpResponse<String> page = get("/americas");
    assertThat(page.statusCode()).isEqualTo(503);
    assertThat(page.headers().firstValue("Retry-After")).contains("10");
    assertThat(page.headers().firstValue("Cache-Control")).contains("no-store");
    assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    Document document = Jsoup.parse(page.body());
    assertThat(document.select("h1").text()).isEqualTo("The site is briefly unavailable");
    assertThat(document.select("a[href=/]")).isNotEmpty();

    HttpResponse<String> spanish = get("/es/americas");
    assertThat(spanish.statusCode()).isEqualTo(503);
    assertThat(Jsoup.parse(spanish.body()).select("h1").text())
        .isEqualTo("El sitio no está disponible por un momento");

    HttpResponse<String> api = get("/api/content/articles?key=ick_unknown");
    assertThat(api.statusCode()).isEqualTo(503);
    assertThat(api.headers().firstValue("Retry-After")).contains("10");
    assertThat(api.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(api.body()).contains("\"status\":503").contains("briefly unavailable");

    HttpResponse<String> save = editor.submit("/desk/articles", article("Written in the outage"));
    assertThat(save.statusCode()).isEqualTo(503);
    assertThat(save.headers().firstValue("Retry-After")).contains("10");
    assertThat(Jsoup.parse(save.body()).text()).contains("Nothing was saved");

    DOWN.set(false);

    assertThat(get("/americas").statusCode()).isEqualTo(200);
    assertThat(get("/api/content/articles?key=ick_unknown").statusCode())
        .as("the key is looked up again, and is unknown")
        .isEqualTo(401);
    HttpResponse<String> saved = editor.submit("/desk/articles", article("Written after it"));
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
  }
}
