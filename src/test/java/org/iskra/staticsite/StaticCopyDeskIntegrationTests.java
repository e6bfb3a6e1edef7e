package org.iskra.staticsite;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.iskra.account.AccountRegistry;
import org.iskra.account.Role;
import org.iskra.store.TestDatabases;
import org.iskra.testing.Chromium;
import org.iskra.testing.DeskClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The static copy refreshed from the running site, through the desk: an administrator clicks the
 * button in a real browser, the copy is written while the site keeps serving, a second refresh
 * rewrites nothing, and a folder that cannot be written is named on the page without touching what
 * is there. Scripts do the same through the Admin API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaticCopyDeskIntegrationTests {

  static final String PASSWORD = "a long enough passphrase";

  static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir static Path root;

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry registry) {
    TestDatabases.emptyDatabaseProperties(TestDatabases.Kind.SQLITE)
        .forEach((k, v) -> registry.add(k, () -> v));
    registry.add("iskra.static-copy.directory", () -> root.resolve("copy").toString());
    registry.add("iskra.site.base-url", () -> "https://news.example.org");
  }

  @LocalServerPort int port;
  @Autowired AccountRegistry accounts;

  @BeforeEach
  void people() {
    if (accounts.find("admin@example.org").isEmpty()) {
      accounts.create("admin@example.org", "Ada", Role.ADMIN, PASSWORD);
    }
  }

  Path copy() {
    return root.resolve("copy");
  }

  /** The state the page shows once no refresh runs, asked every 100 ms for up to a minute. */
  Document settled(DeskClient admin) throws InterruptedException {
    Instant give = Instant.now().plus(Duration.ofMinutes(1));
    while (true) {
      HttpResponse<String> answer = admin.get("/desk/static-copy");
      assertThat(answer.statusCode()).isEqualTo(200);
      Document page = Jsoup.parse(answer.body());
      String state = page.select(".static-copy__state").attr("data-state");
      if (!state.equals("running")) {
        return page;
      }
      assertThat(Instant.now()).as("the refresh should end within a minute").isBefore(give);
      Thread.sleep(100);
    }
  }

  /**
   * The audit log's rows for an action, once there is one: the refresh records itself just after
   * the desk shows its end.
   */
  static List<String> audited(DeskClient admin, String action) throws InterruptedException {
    for (int i = 0; i < 100; i++) {
      List<String> rows =
          Jsoup.parse(admin.get("/desk/audit?action=" + action).body())
              .select("tr[data-action=" + action + "]")
              .eachText();
      if (!rows.isEmpty()) {
        return rows;
      }
      Thread.sleep(50);
    }
    return List.of();
  }

  static String figure(Document page, String row) {
    return page.select(".static-copy__report tr:has(th:contains(" + row + ")) td").text();
  }

  @Test
  void anAdministratorRefreshesTheCopyFromTheRunningSite() throws Exception {
    // From an empty folder, whichever test wrote the copy before.
    settled(new DeskClient(port).signIn("admin@example.org", PASSWORD));
    FileSystemUtils.deleteRecursively(copy());
    try (Chromium chromium = Chromium.launch();
        BrowserContext context = chromium.newContext()) {
      Page page = context.newPage();
      String base = "http://127.0.0.1:" + port;
      Chromium.signIn(page, base, "admin@example.org", PASSWORD);
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Static copy")).click();
      page.getByRole(
              AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Refresh the static copy"))
          .click();
      // The page reloads itself while the refresh runs, then shows the report.
      page.locator(".static-copy__state[data-state=done]")
          .waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(60_000));
      assertThat(page.locator(".static-copy__state").textContent())
          .contains("by admin@example.org");
    }
    DeskClient admin = new DeskClient(port).signIn("admin@example.org", PASSWORD);
    Document first = settled(admin);
    int files = Integer.parseInt(figure(first, "Files in the copy"));
    assertThat(files).isGreaterThan(50);
    assertThat(figure(first, "Written")).isEqualTo(String.valueOf(files));
    assertThat(figure(first, "Broken links")).isEqualTo("0");
    // The same bytes the site serves, under the public address.
    String front = Files.readString(copy().resolve("index.html"), StandardCharsets.UTF_8);
    assertThat(front).isEqualTo(new DeskClient(port).get("/").body());
    assertThat(front).contains("https://news.example.org/");
    assertThat(copy().resolve(StaticSiteExporter.MANIFEST)).isRegularFile();
    assertThat(audited(admin, "static-copy.refreshed"))
        .anySatisfy(
            row -> assertThat(row).contains("admin@example.org").contains(files + " files"));

    // Nothing changed on the site: a second refresh leaves every file as it was.
    HttpResponse<String> again = admin.submit("/desk/static-copy", Map.of());
    assertThat(again.statusCode()).isEqualTo(302);
    Document second = settled(admin);
    assertThat(figure(second, "Written")).isEqualTo("0");
    assertThat(figure(second, "Unchanged")).isEqualTo(String.valueOf(files));
  }

  @Test
  void aFolderThatCannotBeWrittenIsNamedAndTheCopyIsLeftAlone() throws Exception {
    DeskClient admin = new DeskClient(port).signIn("admin@example.org", PASSWORD);
    settled(admin); // a refresh of the other test may still run
    Path moved = root.resolve("kept");
    boolean hadCopy = Files.exists(copy());
    if (hadCopy) {
      Files.move(copy(), moved);
    }
    Files.writeString(copy(), "a file where the folder should be");
    try {
      assertThat(admin.submit("/desk/static-copy", Map.of()).statusCode()).isEqualTo(302);
      Document failed = settled(admin);
      assertThat(failed.select(".static-copy__state").attr("data-state")).isEqualTo("failed");
      assertThat(failed.select("[role=alert]").text())
          .contains("The refresh failed")
          .contains("is a file, not a directory");
      assertThat(Files.readString(copy())).isEqualTo("a file where the folder should be");
      assertThat(audited(admin, "static-copy.failed"))
          .anySatisfy(
              row -> assertThat(row).contains("admin@example.org").contains("not a directory"));
    } finally {
      Files.delete(copy());
      if (hadCopy) {
        Files.move(moved, copy());
      }
    }
  }

  /** A token of the signed-in person's, with these scopes, made on the desk as a person would. */
  static String token(DeskClient person, String scope) {
    person.submit("/desk/api-tokens", Map.of("name", "Deploy", "scope", scope));
    return Jsoup.parse(person.get("/desk/api-tokens").body()).selectFirst("code.secret").text();
  }

  HttpResponse<String> api(String token, String method, String path) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .method(method, HttpRequest.BodyPublishers.noBody());
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    try (HttpClient http = HttpClient.newHttpClient()) {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
  }

  @Test
  void aDeploymentScriptRefreshesTheCopyThroughTheAdminApiAndWaitsForIt() throws Exception {
    if (accounts.find("editor@example.org").isEmpty()) {
      accounts.create("editor@example.org", "Ed", Role.EDITOR, PASSWORD);
    }
    DeskClient admin = new DeskClient(port).signIn("admin@example.org", PASSWORD);
    settled(admin); // a refresh of another test may still run
    String deploy = token(admin, "static-copy:write");
    String articlesOnly = token(admin, "articles:write");
    String editors =
        token(new DeskClient(port).signIn("editor@example.org", PASSWORD), "static-copy:write");

    assertThat(api(null, "POST", "/api/admin/v1/static-copy/refresh").statusCode()).isEqualTo(401);
    assertThat(api(articlesOnly, "POST", "/api/admin/v1/static-copy/refresh").statusCode())
        .isEqualTo(403);
    assertThat(api(editors, "POST", "/api/admin/v1/static-copy/refresh").statusCode())
        .as("only administrators")
        .isEqualTo(403);
    assertThat(api(editors, "GET", "/api/admin/v1/static-copy").statusCode()).isEqualTo(403);

    HttpResponse<String> started = api(deploy, "POST", "/api/admin/v1/static-copy/refresh");
    assertThat(started.statusCode()).isEqualTo(202);
    assertThat(started.headers().firstValue("Location")).hasValue("/api/admin/v1/static-copy");
    JsonNode state = JSON.readTree(started.body());
    assertThat(state.get("directory").asString()).isEqualTo(copy().toString());
    assertThat(state.get("latest").get("startedBy").asString()).isEqualTo("admin@example.org");

    Instant give = Instant.now().plus(Duration.ofMinutes(1));
    JsonNode latest;
    do {
      assertThat(Instant.now()).as("the refresh should end within a minute").isBefore(give);
      Thread.sleep(100);
      HttpResponse<String> polled = api(deploy, "GET", "/api/admin/v1/static-copy");
      assertThat(polled.statusCode()).isEqualTo(200);
      latest = JSON.readTree(polled.body()).get("latest");
    } while (latest.get("state").asString().equals("running"));

    assertThat(latest.get("state").asString()).isEqualTo("done");
    assertThat(latest.get("files").asInt()).isGreaterThan(50);
    assertThat(latest.get("brokenLinks").asInt()).isZero();
    assertThat(copy().resolve("index.html")).isRegularFile();
  }
}
