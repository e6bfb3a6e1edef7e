package org.iskra.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The store's disk fills up while an editor saves: the desk says so in words the editor can act on
 * (507, "nothing was saved", their text still in the form behind), nothing of the article is
 * written, and the next save after space is freed goes through without a restart. The full disk is
 * SQLite's own: each connection's {@code max_page_count} capped at the database's size, so that the
 * first page the save needs fails with {@code SQLITE_FULL}, as on a disk with no room.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"iskra.schedule.initial-delay=1h", "iskra.cache.enabled=false"})
@Import(FullDiskDeskIntegrationTests.Full.class)
class FullDiskDeskIntegrationTests {

  static final String PASSWORD = "a long enough passphrase";
  static final AtomicBoolean FULL = new AtomicBoolean();

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry registry) {
    TestDatabases.emptyDatabaseProperties(TestDatabases.Kind.SQLITE)
        .forEach((k, v) -> registry.add(k, () -> v));
  }

  @LocalServerPort int port;
  @Autowired AccountRegistry accounts;
  @Autowired JdbcClient jdbc;

  @TestConfiguration
  static class Full {
    @Bean
    static BeanPostProcessor fillingDataSource() {
      return Connections.intercepting(
          opening -> {
            Connection connection = opening.open();
            try (Statement statement = connection.createStatement()) {
              // Lower than the file's size means the file's size: it may not grow at all.
              statement.execute("PRAGMA max_page_count = " + (FULL.get() ? "1" : "4294967294"));
            }
            return connection;
          });
    }
  }

  @AfterEach
  void spaceFreed() {
    FULL.set(false);
  }

  @Test
  void aSaveOnAFullDiskKeepsNothingSaysWhatToDoAndTheNextOneGoesThrough() {
    if (accounts.find("editor@example.org").isEmpty()) {
      accounts.create("editor@example.org", "editor", Role.EDITOR, PASSWORD);
    }
    DeskClient editor = new DeskClient(port).signIn("editor@example.org", PASSWORD);
    String section =
        Jsoup.parse(editor.get("/desk/articles/new").body())
            .select("select[name=section] option[value~=\\d+]")
            .first()
            .attr("value");
    // More than the free pages a fresh store may hold: the save must grow the file.
    String body =
        "<p>" + "The port workers' strike entered its third week. ".repeat(4_000) + "</p>";

    FULL.set(true);
    HttpResponse<String> save =
        editor.submit("/desk/articles", article("Filed when the disk was full", body, section));

    assertThat(save.statusCode()).as(save.body()).isEqualTo(507);
    assertThat(save.headers().firstValue("Retry-After")).isEmpty();
    assertThat(save.headers().firstValue("Cache-Control")).contains("no-store");
    Document page = Jsoup.parse(save.body());
    assertThat(page.select("h1").text()).isEqualTo("The server's disk is full");
    assertThat(page.text()).contains("Nothing was saved", "your text is still in the form");
    FULL.set(false);
    assertThat(titled("Filed when the disk was full")).as("nothing half-written").isZero();

    HttpResponse<String> saved =
        editor.submit("/desk/articles", article("Filed after space was freed", body, section));
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
    assertThat(titled("Filed after space was freed")).isEqualTo(1);

    // A script through the Admin API is told the same, as a problem.
    editor.submit("/desk/api-tokens", Map.of("name", "Script", "scope", "articles:write"));
    String token =
        Jsoup.parse(editor.get("/desk/api-tokens").body()).selectFirst("code.secret").text();
    FULL.set(true);
    HttpResponse<String> api =
        editor.send(
            HttpRequest.newBuilder(URI.create(editor.base() + "/api/admin/v1/articles"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        """
                        {"title": "Sent when the disk was full", "language": "en",
                         "sectionId": %s, "body": "%s"}"""
                            .formatted(section, body)))
                .build());
    assertThat(api.statusCode()).as(api.body()).isEqualTo(507);
    assertThat(api.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(api.body()).contains("\"status\":507").contains("disk is full");
    FULL.set(false);
    assertThat(titled("Sent when the disk was full")).isZero();
  }

  private long titled(String title) {
    return jdbc.sql("SELECT COUNT(*) FROM articles WHERE title = ?")
        .param(title)
        .query(Long.class)
        .single();
  }

  private static Map<String, String> article(String title, String body, String section) {
    return Map.of(
        "title",
        title,
        "body",
        body,
        "section",
        section,
        "language",
        "en",
        "version",
        "0",
        "action",
        "save");
  }
}
