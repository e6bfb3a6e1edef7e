package org.iskra.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.iskra.account.Account;
import org.iskra.account.AccountRegistry;
import org.iskra.account.Actor;
import org.iskra.account.Role;
import org.iskra.article.EditorialWorkflow;
import org.iskra.section.Sections;
import org.iskra.store.TestDatabases;
import org.iskra.testing.DeskClient;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Content and Admin APIs over real HTTP: keys and tokens, every filter, paging to the end,
 * roles and scopes, rate limits, CORS, problem details, optimistic locking, body limits, and the
 * OpenAPI description covering every route.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "iskra.demo.enabled=false",
      "iskra.api.max-body-size=10KB",
      "iskra.webhooks.allow-private-addresses=true",
      "iskra.webhooks.poll-interval=200ms",
      "iskra.webhooks.retry-base=300ms",
      "iskra.webhooks.max-attempts=3",
      "spring.servlet.multipart.max-file-size=300KB",
      "spring.servlet.multipart.max-request-size=300KB",
      "spring.datasource.hikari.maximum-pool-size=5"
    })
// Closed after the class: the PostgreSQL server is shared by the whole suite (and by parallel
// builds), and a cached context would keep its connections for the rest of the run.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class ApiIntegrationTests {

  static final String PASSWORD = "a long enough passphrase";
  static final JsonMapper JSON = JsonMapper.builder().build();

  static void properties(DynamicPropertyRegistry registry, TestDatabases.Kind kind) {
    TestDatabases.emptyDatabaseProperties(kind).forEach((k, v) -> registry.add(k, () -> v));
  }

  @LocalServerPort int port;
  @Autowired AccountRegistry accounts;
  @Autowired Sections sections;
  @Autowired EditorialWorkflow workflow;
  @Autowired ApiCredentials credentials;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  long world;
  long culture;
  long opinion;
  String key;

  @BeforeEach
  void fixtures() {
    if (accounts.find("admin@example.org").isEmpty()) {
      for (Role role : Role.values()) {
        accounts.create(role.code() + "@example.org", role.code(), role, PASSWORD);
      }
      world = sections.save("world", "World", "", 1).id();
      culture = sections.save("culture", "Culture", "", 2).id();
      sections.save("opinion", "Opinion", "", 3);
      Account editor = account("editor");
      ApiFixtures.published(
          workflow,
          editor,
          ApiFixtures.edit(
              "Strike in Lima",
              "en",
              world,
              List.of("Ana Morales"),
              List.of("Labour"),
              List.of("PE")),
          "2026-01-01T10:00:00Z");
      ApiFixtures.published(
          workflow,
          editor,
          ApiFixtures.edit(
              "Huelga en México",
              "es",
              world,
              List.of("Ana Morales", "Luis Vega"),
              List.of("Labour", "History"),
              List.of("MX")),
          "2026-01-02T10:00:00Z");
      ApiFixtures.published(
          workflow,
          editor,
          ApiFixtures.edit(
              "A museum of the revolt",
              "en",
              culture,
              List.of("Luis Vega"),
              List.of("History"),
              List.of("PE")),
          "2026-01-03T10:00:00Z");
      ApiFixtures.published(
          workflow,
          editor,
          ApiFixtures.edit(
              "Songs of the port", "en", culture, List.of("Ana Morales"), List.of(), List.of()),
          "2026-01-04T10:00:00Z");
      ApiFixtures.published(
          workflow,
          editor,
          ApiFixtures.edit(
              "Harvest in Bahia",
              "en",
              world,
              List.of("Luis Vega"),
              List.of("Labour"),
              List.of("BR")),
          "2026-01-05T10:00:00Z");
      workflow.start(
          editor,
          ApiFixtures.edit("Unfinished draft", "en", world, List.of(), List.of(), List.of()),
          org.iskra.article.EditorialAction.SAVE,
          null);
    }
    world = sections.findBySlug("world").orElseThrow().id();
    culture = sections.findBySlug("culture").orElseThrow().id();
    opinion = sections.findBySlug("opinion").orElseThrow().id();
    key =
        credentials
            .issueKey("tests", 100_000, "https://app.example.org", "admin@example.org")
            .secret();
  }

  Account account(String role) {
    return accounts.find(role + "@example.org").orElseThrow();
  }

  String token(String role, Scope... scopes) {
    return credentials.issueToken("test", account(role), EnumSet.copyOf(List.of(scopes))).secret();
  }

  HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
  }

  HttpResponse<String> content(String path) {
    return send(request(path).header("Authorization", "Key " + key));
  }

  HttpResponse<String> admin(String token, String method, String path, String json) {
    HttpRequest.Builder request = request(path).header("Authorization", "Bearer " + token);
    if (json == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(json));
    }
    return send(request);
  }

  static JsonNode json(HttpResponse<String> response) {
    return JSON.readTree(response.body());
  }

  static List<String> titles(JsonNode page) {
    List<String> titles = new ArrayList<>();
    page.get("data").forEach(article -> titles.add(article.get("title").asString()));
    return titles;
  }

  List<String> titles(String query) {
    String until = query.contains("until=") ? "" : "until=" + ApiFixtures.UNTIL;
    HttpResponse<String> response = content("/api/content/v1/articles?" + until + query);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return titles(json(response));
  }

  static void assertProblem(HttpResponse<String> response, int status, String detailContains) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    JsonNode problem = json(response);
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.get("detail").asString()).contains(detailContains);
  }

  // ---- Content API ----------------------------------------------------------------------------

  @Test
  void contentNeedsAKnownUnrevokedKeyInTheAddressOrTheHeader() {
    assertProblem(send(request("/api/content/v1/sections")), 401, "content API key is required");
    assertProblem(
        send(request("/api/content/v1/sections?key=ick_nonsense")), 401, "unknown or was revoked");
    assertThat(send(request("/api/content/v1/sections?key=" + key)).statusCode()).isEqualTo(200);
    assertThat(content("/api/content/v1/sections").statusCode()).isEqualTo(200);
    ApiCredentials.Issued<ContentKey> revoked =
        credentials.issueKey("soon revoked", null, "", "admin@example.org");
    assertThat(send(request("/api/content/v1/tags?key=" + revoked.secret())).statusCode())
        .isEqualTo(200);
    credentials.revokeKey(revoked.credential().id());
    assertProblem(send(request("/api/content/v1/tags?key=" + revoked.secret())), 401, "revoked");
  }

  @Test
  void articlesAreFilteredByEverythingReadersFilterBy() {
    assertThat(titles(""))
        .containsExactly(
            "Harvest in Bahia",
            "Songs of the port",
            "A museum of the revolt",
            "Huelga en México",
            "Strike in Lima");
    assertThat(titles("&section=culture"))
        .containsExactly("Songs of the port", "A museum of the revolt");
    assertThat(titles("&tag=history"))
        .containsExactly("A museum of the revolt", "Huelga en México");
    assertThat(titles("&author=luis-vega"))
        .containsExactly("Harvest in Bahia", "A museum of the revolt", "Huelga en México");
    assertThat(titles("&country=pe")).containsExactly("A museum of the revolt", "Strike in Lima");
    assertThat(titles("&language=es")).containsExactly("Huelga en México");
    assertThat(titles("&from=2026-01-02&until=2026-01-04"))
        .containsExactly("A museum of the revolt", "Huelga en México");
    assertThat(titles("&from=2026-01-03T10:00:00Z"))
        .containsExactly("Harvest in Bahia", "Songs of the port", "A museum of the revolt");
    assertThat(titles("&section=world&tag=labour&author=ana-morales"))
        .containsExactly("Huelga en México", "Strike in Lima");
    assertThat(titles("&sort=published&limit=2"))
        .containsExactly("Strike in Lima", "Huelga en México");
  }

  @Test
  void pagingWithTheCursorReachesTheEndOnceEach() {
    for (String sort : List.of("-published", "published")) {
      List<String> seen = new ArrayList<>();
      String next = "/api/content/v1/articles?until=" + ApiFixtures.UNTIL + "&limit=2&sort=" + sort;
      int pages = 0;
      while (next != null) {
        JsonNode page = json(content(next));
        seen.addAll(titles(page));
        pages++;
        next = page.get("next").isNull() ? null : page.get("next").asString();
      }
      assertThat(pages).isEqualTo(3);
      assertThat(seen).hasSize(5).doesNotHaveDuplicates().doesNotContain("Unfinished draft");
    }
    // The next page keeps the filters and never repeats a key given in the address.
    HttpResponse<String> first =
        send(
            request(
                "/api/content/v1/articles?until="
                    + ApiFixtures.UNTIL
                    + "&limit=1&tag=history&key="
                    + key));
    String next = json(first).get("next").asString();
    assertThat(next)
        .startsWith(
            "/api/content/v1/articles?until=" + ApiFixtures.UNTIL + "&limit=1&tag=history&cursor=")
        .doesNotContain(key);
  }

  @Test
  void fieldsAndIncludesShapeEachArticle() {
    JsonNode article =
        json(content(
                "/api/content/v1/articles?until="
                    + ApiFixtures.UNTIL
                    + "&language=es&fields=title,publishedAt&include=section,authors,tags,countries"))
            .get("data")
            .get(0);
    assertThat(article.propertyNames())
        .containsExactly("id", "title", "publishedAt", "section", "authors", "tags", "countries");
    assertThat(article.get("section").get("slug").asString()).isEqualTo("world");
    assertThat(article.get("authors").get(1).get("name").asString()).isEqualTo("Luis Vega");
    assertThat(article.get("tags").get(0).get("slug").asString()).isEqualTo("labour");
    assertThat(article.get("countries").get(0).get("code").asString()).isEqualTo("MX");
    long id = article.get("id").asLong();
    JsonNode one = json(content("/api/content/v1/articles/" + id));
    assertThat(one.get("title").asString()).isEqualTo("Huelga en México");
    assertThat(one.get("body").asString()).contains("Body of Huelga");
    assertThat(one.get("url").asString()).endsWith("/world/" + one.get("slug").asString());
  }

  @Test
  void draftsAndUnknownArticlesAreNotFound() {
    long draft =
        workflow
            .start(
                account("editor"),
                ApiFixtures.edit("Another draft", "en", world, List.of(), List.of(), List.of()),
                org.iskra.article.EditorialAction.SAVE,
                null)
            .id();
    assertProblem(content("/api/content/v1/articles/" + draft), 404, "No published article");
    assertProblem(content("/api/content/v1/articles/999999"), 404, "No published article");
    assertProblem(content("/api/content/v1/articles/abc"), 400, "Parameter 'id'");
  }

  @Test
  void badParametersAreNamed() {
    assertProblem(content("/api/content/v1/articles?limit=abc"), 400, "Parameter 'limit'");
    assertThat(json(content("/api/content/v1/articles?limit=abc")).get("field").asString())
        .isEqualTo("limit");
    assertProblem(content("/api/content/v1/articles?limit=101"), 400, "limit: between 1 and 100");
    assertProblem(content("/api/content/v1/articles?section=nowhere"), 400, "section: no section");
    assertProblem(content("/api/content/v1/articles?tag=nothing"), 400, "tag: no tag");
    assertProblem(content("/api/content/v1/articles?author=nobody"), 400, "author: no author");
    assertProblem(content("/api/content/v1/articles?country=zz"), 400, "country:");
    assertProblem(content("/api/content/v1/articles?language=e_n"), 400, "language:");
    assertProblem(content("/api/content/v1/articles?from=yesterday"), 400, "from:");
    assertProblem(content("/api/content/v1/articles?sort=title"), 400, "sort:");
    assertProblem(content("/api/content/v1/articles?fields=title,secret"), 400, "fields: 'secret'");
    assertProblem(content("/api/content/v1/articles?include=everything"), 400, "include:");
    assertProblem(content("/api/content/v1/articles?cursor=bm9uc2Vuc2U"), 400, "cursor:");
  }

  @Test
  void taxonomyListsWhatPublishedArticlesUse() {
    JsonNode sectionList = json(content("/api/content/v1/sections")).get("data");
    assertThat(sectionList.get(0).get("slug").asString()).isEqualTo("world");
    assertThat(sectionList.get(1).get("slug").asString()).isEqualTo("culture");
    List<String> tagSlugs = new ArrayList<>();
    json(content("/api/content/v1/tags"))
        .get("data")
        .forEach(t -> tagSlugs.add(t.get("slug").asString()));
    assertThat(tagSlugs).contains("history", "labour");
    List<String> authorNames = new ArrayList<>();
    json(content("/api/content/v1/authors"))
        .get("data")
        .forEach(a -> authorNames.add(a.get("name").asString()));
    assertThat(authorNames).contains("Ana Morales", "Luis Vega");
    JsonNode countries = json(content("/api/content/v1/countries")).get("data");
    List<String> codes = new ArrayList<>();
    countries.forEach(c -> codes.add(c.get("code").asString()));
    assertThat(codes).contains("BR", "MX", "PE");
    countries.forEach(
        c -> {
          if (c.get("code").asString().equals("PE")) {
            assertThat(c.get("articles").asLong()).isEqualTo(2);
          }
        });
  }

  @Test
  void eachKeyHasItsOwnRateLimitWithStandardHeaders() {
    String limited = credentials.issueKey("tight", 3, "", "admin@example.org").secret();
    for (int i = 0; i < 3; i++) {
      HttpResponse<String> ok = send(request("/api/content/v1/sections?key=" + limited));
      assertThat(ok.statusCode()).isEqualTo(200);
      assertThat(ok.headers().firstValue("RateLimit-Limit")).hasValue("3");
      assertThat(ok.headers().firstValue("RateLimit-Remaining")).hasValue(Integer.toString(2 - i));
      assertThat(ok.headers().firstValue("RateLimit-Reset")).isPresent();
    }
    HttpResponse<String> refused = send(request("/api/content/v1/sections?key=" + limited));
    assertProblem(refused, 429, "Rate limit of 3");
    assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow()))
        .isBetween(1L, 60L);
    assertThat(content("/api/content/v1/sections").statusCode()).as("another key").isEqualTo(200);
  }

  @Test
  void corsFollowsTheKeysOrigins() {
    HttpResponse<String> allowed =
        send(
            request("/api/content/v1/sections")
                .header("Authorization", "Key " + key)
                .header("Origin", "https://app.example.org"));
    assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin"))
        .hasValue("https://app.example.org");
    HttpResponse<String> foreign =
        send(
            request("/api/content/v1/sections")
                .header("Authorization", "Key " + key)
                .header("Origin", "https://evil.example"));
    assertThat(foreign.statusCode()).isEqualTo(200);
    assertThat(foreign.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    HttpResponse<String> preflight =
        send(
            request("/api/content/v1/sections?key=" + key)
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://app.example.org")
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization"));
    assertThat(preflight.statusCode()).isEqualTo(204);
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
        .hasValue("https://app.example.org");
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers"))
        .hasValueSatisfying(h -> assertThat(h).containsIgnoringCase("authorization"));
    HttpResponse<String> foreignPreflight =
        send(
            request("/api/content/v1/sections?key=" + key)
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "GET"));
    assertThat(foreignPreflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  @Test
  void staffCreateAndRevokeKeysAndTokensInTheDesk() {
    DeskClient editor = new DeskClient(port).signIn("editor@example.org", PASSWORD);
    HttpResponse<String> created =
        editor.submit(
            "/desk/api-keys",
            Map.of(
                "name", "Partner site", "rateLimit", "50", "origins", "https://partner.example"));
    assertThat(created.statusCode()).isEqualTo(302);
    String page = editor.get("/desk/api-keys").body();
    String secret = Jsoup.parse(page).selectFirst("code.secret").text();
    assertThat(secret).startsWith("ick_");
    assertThat(editor.get("/desk/api-keys").body()).as("shown once").doesNotContain(secret);
    assertThat(send(request("/api/content/v1/sections?key=" + secret)).statusCode()).isEqualTo(200);
    String id =
        Jsoup.parse(editor.get("/desk/api-keys").body()).select("tr[data-key]").stream()
            .filter(row -> row.text().contains("Partner site"))
            .findFirst()
            .orElseThrow()
            .attr("data-key");
    editor.submit("/desk/api-keys/" + id + "/revoke", Map.of());
    assertThat(send(request("/api/content/v1/sections?key=" + secret)).statusCode()).isEqualTo(401);

    DeskClient author = new DeskClient(port).signIn("author@example.org", PASSWORD);
    assertThat(author.get("/desk/api-keys").statusCode()).isEqualTo(403);
    author.submit("/desk/api-tokens", Map.of("name", "Script", "scope", "articles:write"));
    String token =
        Jsoup.parse(author.get("/desk/api-tokens").body()).selectFirst("code.secret").text();
    assertThat(token).startsWith("iat_");
    assertThat(admin(token, "GET", "/api/admin/v1/articles/999999", null).statusCode())
        .isEqualTo(404);
    String tokenId =
        Jsoup.parse(author.get("/desk/api-tokens").body())
            .selectFirst("tr[data-token]")
            .attr("data-token");
    author.submit("/desk/api-tokens/" + tokenId + "/revoke", Map.of());
    assertThat(admin(token, "GET", "/api/admin/v1/articles/999999", null).statusCode())
        .isEqualTo(401);
  }

  // ---- Admin API ------------------------------------------------------------------------------

  String articleJson(String title, long section) {
    return """
        {"title": "%s", "language": "en", "sectionId": %d, "standfirst": "Short.",
         "body": "<p>Text.</p>", "authors": ["Ana Morales"], "tags": ["Api"], "countries": ["AR"]}"""
        .formatted(title, section);
  }

  @Test
  void editorsWriteThroughTheWholeLifeOfAnArticle() {
    String token = token("editor", Scope.ARTICLES_WRITE);
    HttpResponse<String> created =
        admin(token, "POST", "/api/admin/v1/articles", articleJson("Made by API", opinion));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode article = json(created);
    long id = article.get("id").asLong();
    assertThat(created.headers().firstValue("Location")).hasValue("/api/admin/v1/articles/" + id);
    assertThat(article.get("status").asString()).isEqualTo("draft");
    assertThat(article.get("version").asInt()).isEqualTo(1);

    HttpResponse<String> updated =
        admin(
            token,
            "PUT",
            "/api/admin/v1/articles/" + id,
            "{\"version\": 1, \"title\": \"Renamed\"}");
    assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
    assertThat(json(updated).get("title").asString()).isEqualTo("Renamed");
    assertThat(json(updated).get("tags").get(0).get("name").asString()).isEqualTo("Api");
    assertThat(json(updated).get("version").asInt()).isEqualTo(2);

    HttpResponse<String> stale =
        admin(
            token, "PUT", "/api/admin/v1/articles/" + id, "{\"version\": 1, \"title\": \"Lost\"}");
    assertProblem(stale, 409, "saved by someone else");
    assertThat(json(stale).get("currentVersion").asInt()).isEqualTo(2);

    HttpResponse<String> published =
        admin(token, "POST", "/api/admin/v1/articles/" + id + "/publish", "{\"version\": 2}");
    assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
    assertThat(json(published).get("status").asString()).isEqualTo("published");
    assertThat(content("/api/content/v1/articles/" + id).statusCode()).isEqualTo(200);

    HttpResponse<String> unpublished =
        admin(token, "POST", "/api/admin/v1/articles/" + id + "/unpublish", "{\"version\": 3}");
    assertThat(json(unpublished).get("status").asString()).isEqualTo("unpublished");
    assertThat(content("/api/content/v1/articles/" + id).statusCode()).isEqualTo(404);

    assertProblem(
        admin(token, "POST", "/api/admin/v1/articles/" + id + "/schedule", "{\"version\": 4}"),
        400,
        "at: required");
    HttpResponse<String> scheduled =
        admin(
            token,
            "POST",
            "/api/admin/v1/articles/" + id + "/schedule",
            "{\"version\": 4, \"at\": \"2099-01-01T00:00:00Z\"}");
    assertThat(scheduled.statusCode()).as(scheduled.body()).isEqualTo(200);
    assertThat(json(scheduled).get("status").asString()).isEqualTo("scheduled");
    assertThat(json(scheduled).get("publishedAt").asString()).startsWith("2099-01-01");

    assertThat(
            admin(token, "DELETE", "/api/admin/v1/articles/" + id + "?version=5", null)
                .statusCode())
        .isEqualTo(204);
    assertProblem(admin(token, "GET", "/api/admin/v1/articles/" + id, null), 404, "No article");
  }

  @Test
  void aRepublishedArticleNamesItsOriginalInBothApis() {
    String token = token("editor", Scope.ARTICLES_WRITE);
    String body =
        """
        {"title": "Republished via API", "language": "en", "sectionId": %d,
         "body": "<p>Text.</p>", "canonicalUrl": "https://partner.example/story",
         "attribution": "Partner Weekly"}"""
            .formatted(opinion);
    HttpResponse<String> created = admin(token, "POST", "/api/admin/v1/articles", body);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long id = json(created).get("id").asLong();
    assertThat(json(created).get("canonicalUrl").asString())
        .isEqualTo("https://partner.example/story");

    // An update that leaves them out keeps them.
    HttpResponse<String> renamed =
        admin(token, "PUT", "/api/admin/v1/articles/" + id, "{\"version\": 1, \"title\": \"R\"}");
    assertThat(json(renamed).get("attribution").asString()).isEqualTo("Partner Weekly");
    admin(token, "POST", "/api/admin/v1/articles/" + id + "/publish", "{\"version\": 2}");
    JsonNode read = json(content("/api/content/v1/articles/" + id));
    assertThat(read.get("canonicalUrl").asString()).isEqualTo("https://partner.example/story");
    assertThat(read.get("attribution").asString()).isEqualTo("Partner Weekly");

    HttpResponse<String> refused =
        admin(
            token,
            "PUT",
            "/api/admin/v1/articles/" + id,
            "{\"version\": 3, \"canonicalUrl\": \"javascript:alert(1)\"}");
    assertThat(refused.statusCode()).as(refused.body()).isBetween(400, 422);
    assertThat(json(refused).get("detail").asString()).contains("not an absolute http");
    assertThat(json(content("/api/content/v1/articles/" + id)).get("canonicalUrl").asString())
        .isEqualTo("https://partner.example/story");
  }

  @Test
  void theDesksRolesApply() {
    String contributor = token("contributor", Scope.ARTICLES_WRITE);
    HttpResponse<String> draft =
        admin(contributor, "POST", "/api/admin/v1/articles", articleJson("Contributed", opinion));
    assertThat(draft.statusCode()).isEqualTo(201);
    long id = json(draft).get("id").asLong();
    assertProblem(
        admin(contributor, "POST", "/api/admin/v1/articles/" + id + "/publish", "{\"version\": 1}"),
        403,
        "cannot publish");
    String author = token("author", Scope.ARTICLES_WRITE);
    assertProblem(
        admin(
            author, "PUT", "/api/admin/v1/articles/" + id, "{\"version\": 1, \"title\": \"Mine\"}"),
        403,
        "may not edit");
    assertProblem(
        admin(contributor, "DELETE", "/api/admin/v1/articles/" + id + "?version=1", null),
        403,
        "Only editors");
    assertProblem(
        admin(author, "POST", "/api/admin/v1/sections", "{\"slug\": \"x\", \"name\": \"X\"}"),
        403,
        "lacks the scope taxonomy:write");
    assertProblem(
        admin(
            token("author", Scope.TAXONOMY_WRITE),
            "POST",
            "/api/admin/v1/tags",
            "{\"name\": \"Forbidden\"}"),
        403,
        "Only editors and administrators");
  }

  @Test
  void tokensStopWithTheirAccountAndNeverTakeASessionCookie() {
    Account temp =
        accounts.create(
            "temp-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org",
            "T",
            Role.EDITOR,
            PASSWORD);
    String token = credentials.issueToken("t", temp, Set.of(Scope.ARTICLES_WRITE)).secret();
    assertThat(admin(token, "GET", "/api/admin/v1/articles/999999", null).statusCode())
        .isEqualTo(404);
    accounts.disable(temp.id(), new Actor("admin@example.org", ""));
    assertProblem(admin(token, "GET", "/api/admin/v1/articles/999999", null), 401, "disabled");

    DeskClient editor = new DeskClient(port).signIn("editor@example.org", PASSWORD);
    HttpResponse<String> withCookie =
        editor.send(
            HttpRequest.newBuilder(URI.create(editor.base() + "/api/admin/v1/articles"))
                .header("Content-Type", "application/json")
                .header("X-CSRF-TOKEN", editor.token())
                .POST(HttpRequest.BodyPublishers.ofString(articleJson("Cookie", opinion)))
                .build());
    assertProblem(withCookie, 401, "token is required");
    assertThat(editor.get("/api/content/v1/sections").statusCode()).isEqualTo(401);
    assertProblem(
        admin("iat_forged", "GET", "/api/admin/v1/articles/1", null), 401, "unknown or revoked");
  }

  @Test
  void malformedBodiesWrongTypesAndOversizeAreExplained() {
    String token = token("editor", Scope.ARTICLES_WRITE, Scope.TAXONOMY_WRITE);
    HttpResponse<String> malformed =
        admin(token, "POST", "/api/admin/v1/articles", "{\"title\": \"x\",\n \"language\": }");
    assertProblem(malformed, 400, "not valid JSON at line 2");
    HttpResponse<String> wrongType =
        admin(
            token,
            "POST",
            "/api/admin/v1/articles",
            "{\"title\": \"x\", \"sectionId\": \"world\"}");
    assertProblem(wrongType, 400, "Field 'sectionId' has the wrong type: expected a number");
    assertThat(json(wrongType).get("field").asString()).isEqualTo("sectionId");
    HttpResponse<String> wrongList =
        admin(
            token,
            "POST",
            "/api/admin/v1/articles",
            "{\"title\": \"x\", \"sectionId\": 1, \"tags\": {\"a\": 1}}");
    assertProblem(wrongList, 400, "Field 'tags'");
    HttpResponse<String> missing =
        admin(token, "POST", "/api/admin/v1/articles", "{\"title\": \"x\"}");
    assertProblem(missing, 400, "sectionId: required");
    HttpResponse<String> invalid =
        admin(
            token,
            "POST",
            "/api/admin/v1/articles",
            "{\"title\": \"\", \"language\": \"en\", \"sectionId\": " + opinion + "}");
    assertThat(invalid.statusCode()).as(invalid.body()).isEqualTo(422);
    assertThat(json(invalid).get("detail").asString()).containsIgnoringCase("title");
    String big = "x".repeat(20_000);
    assertProblem(
        admin(token, "POST", "/api/admin/v1/articles", "{\"title\": \"" + big + "\"}"),
        413,
        "largest accepted is 10240 bytes");
    HttpResponse<String> chunked =
        send(
            request("/api/admin/v1/articles")
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofInputStream(
                        () ->
                            new java.io.ByteArrayInputStream(
                                ("{\"title\": \"" + big + "\"}")
                                    .getBytes(StandardCharsets.UTF_8)))));
    assertProblem(chunked, 413, "largest accepted is 10240 bytes");
    HttpResponse<String> text =
        send(
            request("/api/admin/v1/articles")
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("hello")));
    assertThat(text.statusCode()).isEqualTo(415);
    assertThat(text.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertProblem(admin(token, "PATCH", "/api/admin/v1/articles/1", "{}"), 405, "");
    assertProblem(
        admin(token, "GET", "/api/admin/v1/nothing-here", null), 404, "No such API route");
    assertProblem(
        admin(token, "DELETE", "/api/admin/v1/articles/1?version=one", null),
        400,
        "Parameter 'version'");
  }

  @Test
  void mediaAndTaxonomyAreManagedWithTheirScopes() {
    String token = token("editor", Scope.MEDIA_WRITE, Scope.TAXONOMY_WRITE);
    String boundary = "----iskra" + UUID.randomUUID();
    byte[] image = png();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    String head =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"altText\"\r\n\r\nA red square\r\n"
            + "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"red.png\"\r\n"
            + "Content-Type: image/png\r\n\r\n";
    body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    body.writeBytes(image);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> uploaded =
        send(
            request("/api/admin/v1/media")
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
    assertThat(json(uploaded).get("altText").asString()).isEqualTo("A red square");
    HttpResponse<String> notImage =
        send(
            request("/api/admin/v1/media")
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        head + "plain text, not an image\r\n--" + boundary + "--\r\n")));
    assertThat(notImage.statusCode()).isEqualTo(415);
    byte[] huge = new byte[400 * 1024];
    assertProblem(
        send(
            request("/api/admin/v1/media")
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(huge))),
        413,
        "largest accepted");

    // The front page, read twice: answered from the page cache from now on.
    navigation("/");
    assertThat(navigation("/")).doesNotContain("Science", "Sciences");
    HttpResponse<String> section =
        admin(
            token,
            "POST",
            "/api/admin/v1/sections",
            "{\"slug\": \"science\", \"name\": \"Science\", \"position\": 9}");
    assertThat(section.statusCode()).as(section.body()).isEqualTo(201);
    assertThat(navigation("/"))
        .as("a new section is in every page's navigation")
        .contains("Science");
    HttpResponse<String> renamed =
        admin(
            token,
            "PUT",
            "/api/admin/v1/sections/science",
            "{\"name\": \"Sciences\", \"position\": 9}");
    assertThat(json(renamed).get("name").asString()).isEqualTo("Sciences");
    assertThat(navigation("/")).contains("Sciences").doesNotContain("Science");
    assertProblem(
        admin(token, "PUT", "/api/admin/v1/sections/nowhere", "{\"name\": \"N\"}"),
        404,
        "No section");
    assertProblem(
        admin(token, "POST", "/api/admin/v1/sections", "{\"slug\": \"desk\", \"name\": \"Desk\"}"),
        422,
        "");
    assertThat(
            json(admin(token, "POST", "/api/admin/v1/tags", "{\"name\": \"Climate\"}"))
                .get("slug")
                .asString())
        .isEqualTo("climate");
    assertThat(
            json(admin(token, "POST", "/api/admin/v1/authors", "{\"name\": \"Rosa Quispe\"}"))
                .get("slug")
                .asString())
        .isEqualTo("rosa-quispe");
    assertProblem(
        admin(token, "POST", "/api/admin/v1/tags", "{\"name\": [\"a\"]}"), 400, "Field 'name'");
  }

  /** The names in a public page's section navigation. */
  List<String> navigation(String path) {
    return Jsoup.parse(send(request(path)).body()).select("nav.sections a").eachText();
  }

  static byte[] png() {
    BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < 64; x++) {
      for (int y = 0; y < 48; y++) {
        image.setRGB(x, y, 0xcc0000);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  // ---- Webhooks -------------------------------------------------------------------------------

  record Received(String signature, String eventId, String eventType, String body) {}

  @Test
  void webhooksDeliverSignedEventsAndRetryAfterAFailure() throws Exception {
    java.util.concurrent.BlockingQueue<Received> received =
        new java.util.concurrent.LinkedBlockingQueue<>();
    java.util.concurrent.atomic.AtomicInteger calls =
        new java.util.concurrent.atomic.AtomicInteger();
    com.sun.net.httpserver.HttpServer receiver =
        com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext(
        "/hook",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          received.add(
              new Received(
                  exchange.getRequestHeaders().getFirst("Iskra-Signature"),
                  exchange.getRequestHeaders().getFirst("Iskra-Event-Id"),
                  exchange.getRequestHeaders().getFirst("Iskra-Event-Type"),
                  body));
          // The first delivery fails, so that the retry shows.
          exchange.sendResponseHeaders(calls.incrementAndGet() == 1 ? 500 : 204, -1);
          exchange.close();
        });
    receiver.start();
    try {
      DeskClient editor = new DeskClient(port).signIn("editor@example.org", PASSWORD);
      String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
      assertThat(
              editor
                  .submit("/desk/webhooks", Map.of("url", url, "event", "article.published"))
                  .statusCode())
          .isEqualTo(302);
      var list = Jsoup.parse(editor.get("/desk/webhooks").body());
      String secret = list.selectFirst("code.secret").text();
      assertThat(secret).startsWith("whsec_");
      String endpointId =
          list.select("tr[data-endpoint]").stream()
              .filter(row -> row.text().contains(url))
              .findFirst()
              .orElseThrow()
              .attr("data-endpoint");

      editor.submit(
          "/desk/webhooks", Map.of("url", "ftp://example.org/x", "event", "article.published"));
      assertThat(editor.get("/desk/webhooks").body()).contains("only http and https");
      editor.submit(
          "/desk/webhooks", Map.of("url", "file:///etc/passwd", "event", "article.published"));
      assertThat(editor.get("/desk/webhooks").body()).contains("only http and https");

      String token = token("editor", Scope.ARTICLES_WRITE);
      long id =
          json(admin(token, "POST", "/api/admin/v1/articles", articleJson("Hooked", opinion)))
              .get("id")
              .asLong();
      admin(token, "POST", "/api/admin/v1/articles/" + id + "/publish", "{\"version\": 1}");

      Received first = received.poll(20, java.util.concurrent.TimeUnit.SECONDS);
      Received second = received.poll(20, java.util.concurrent.TimeUnit.SECONDS);
      assertThat(first).isNotNull();
      assertThat(second).as("retried after the 500").isNotNull();
      for (Received delivery : List.of(first, second)) {
        assertThat(delivery.eventType()).isEqualTo("article.published");
        JsonNode payload = JSON.readTree(delivery.body());
        assertThat(payload.get("type").asString()).isEqualTo("article.published");
        assertThat(payload.get("data").get("articleId").asLong()).isEqualTo(id);
        assertThat(payload.get("id").asString()).isEqualTo(delivery.eventId());
        String t = delivery.signature().replaceAll("^t=(\\d+),v1=.*$", "$1");
        String v1 = delivery.signature().replaceAll("^t=\\d+,v1=([0-9a-f]{64})$", "$1");
        assertThat(v1).isEqualTo(hmac(secret, t + "." + delivery.body()));
        assertThat(Math.abs(System.currentTimeMillis() / 1000 - Long.parseLong(t))).isLessThan(60);
      }
      assertThat(second.eventId()).isEqualTo(first.eventId());

      long deadline = System.currentTimeMillis() + 10_000;
      String history = "";
      while (System.currentTimeMillis() < deadline) {
        history = editor.get("/desk/webhooks/" + endpointId).body();
        if (history.contains("data-status=\"delivered\"")) {
          break;
        }
        Thread.sleep(100);
      }
      var row = Jsoup.parse(history).selectFirst("tr[data-status=delivered]");
      assertThat(row).isNotNull();
      assertThat(row.text()).contains("article.published").contains("204");
      assertThat(row.select("td").get(3).text()).isEqualTo("2");

      editor.submit("/desk/webhooks/" + endpointId + "/disable", Map.of());
      assertThat(editor.get("/desk/webhooks").body()).contains("disabled");
      DeskClient author = new DeskClient(port).signIn("author@example.org", PASSWORD);
      assertThat(author.get("/desk/webhooks").statusCode()).isEqualTo(403);
    } finally {
      receiver.stop(0);
    }
  }

  static String hmac(String secret, String message) throws Exception {
    javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
    mac.init(
        new javax.crypto.spec.SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return java.util.HexFormat.of()
        .formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
  }

  // ---- OpenAPI --------------------------------------------------------------------------------

  @Test
  void theOpenApiDescriptionValidatesAndHoldsEveryRoute() {
    HttpResponse<String> document = send(request("/api/openapi.json"));
    assertThat(document.statusCode()).isEqualTo(200);
    var result = new io.swagger.v3.parser.OpenAPIV3Parser().readContents(document.body());
    assertThat(result.getMessages()).isEmpty();
    var paths = result.getOpenAPI().getPaths();
    List<String> missing = new ArrayList<>();
    int checked = 0;
    for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
      for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
        if (!pattern.startsWith("/api/content/") && !pattern.startsWith("/api/admin/")) {
          continue;
        }
        for (RequestMethod method : info.getMethodsCondition().getMethods()) {
          checked++;
          var item = paths.get(pattern);
          boolean present =
              item != null
                  && item.readOperationsMap().keySet().stream()
                      .anyMatch(m -> m.name().equals(method.name()));
          if (!present) {
            missing.add(method + " " + pattern);
          }
        }
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(16);
    assertThat(missing).isEmpty();
    assertThat(paths).containsKey("/api/search");
    assertThat(result.getOpenAPI().getComponents().getSecuritySchemes())
        .containsKeys("contentKey", "adminToken");
    assertThat(paths.get("/api/admin/v1/articles").getPost().getSecurity().getFirst())
        .containsKey("adminToken");
    assertThat(send(request("/api/docs")).statusCode()).isIn(200, 302);
  }

  @Test
  void withoutAFolderTheStaticCopyCannotBeRefreshedAndSaysWhy() {
    String token = token("admin", Scope.STATIC_COPY_WRITE);

    HttpResponse<String> refused = admin(token, "POST", "/api/admin/v1/static-copy/refresh", null);

    assertThat(refused.statusCode()).isEqualTo(409);
    assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(json(refused).get("detail").asString()).contains("iskra.static-copy.directory");
    JsonNode state = json(admin(token, "GET", "/api/admin/v1/static-copy", null));
    assertThat(state.get("directory").isNull()).isTrue();
    assertThat(state.get("latest").isNull()).isTrue();
  }
}
