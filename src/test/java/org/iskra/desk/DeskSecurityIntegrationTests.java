package org.iskra.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.iskra.account.AccountRegistry;
import org.iskra.account.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Signing in to the desk over real HTTP: sessions, CSRF, wrong passwords, what the public gets. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class DeskSecurityIntegrationTests {

  static final String PASSWORD = "a long enough passphrase";

  @LocalServerPort int port;
  @Autowired AccountRegistry registry;

  CookieManager cookies;
  HttpClient http;

  @BeforeEach
  void freshBrowser() {
    cookies = new CookieManager();
    http =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    if (registry.find("editor@example.org").isEmpty()) {
      registry.create("editor@example.org", "Clara", Role.EDITOR, PASSWORD);
    }
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  String csrfFrom(String path) throws IOException, InterruptedException {
    Document page = Jsoup.parse(get(path).body());
    return page.selectFirst("input[name=_csrf]").attr("value");
  }

  static String form(String... pairs) {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < pairs.length; i += 2) {
      body.append(i == 0 ? "" : "&")
          .append(pairs[i])
          .append('=')
          .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
    }
    return body.toString();
  }

  String sessionId() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("JSESSIONID"))
        .map(HttpCookie::getValue)
        .findFirst()
        .orElse(null);
  }

  @Test
  void theDeskRefusesAnonymousReaders() throws Exception {
    HttpResponse<String> desk = get("/desk");
    assertThat(desk.statusCode()).isEqualTo(302);
    assertThat(desk.headers().firstValue("Location").orElseThrow()).endsWith("/login");
  }

  @Test
  void signingInChangesTheSessionAndShowsTheDesk() throws Exception {
    String token = csrfFrom("/login");
    String before = sessionId();

    HttpResponse<String> signIn =
        post("/login", form("_csrf", token, "email", "Editor@Example.org", "password", PASSWORD));

    assertThat(signIn.statusCode()).isEqualTo(302);
    assertThat(signIn.headers().firstValue("Location").orElseThrow()).endsWith("/desk");
    assertThat(sessionId()).isNotNull().isNotEqualTo(before);
    HttpResponse<String> desk = get("/desk");
    assertThat(desk.statusCode()).isEqualTo(200);
    assertThat(desk.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
    Document page = Jsoup.parse(desk.body());
    assertThat(page.selectFirst(".desk__header p").text())
        .contains("Clara", "editor@example.org", "editor");
    assertThat(page.selectFirst("dd[data-status=published]").text()).isEqualTo("19");
    assertThat(page.select("#recent-title + ul li")).hasSize(8);
    assertThat(page.selectFirst("#scheduled-title + p").text()).isEqualTo("Nothing is scheduled.");

    assertThat(post("/logout", "").statusCode()).as("sign-out without CSRF").isEqualTo(403);
    String deskToken = page.selectFirst("input[name=_csrf]").attr("value");
    HttpResponse<String> signOut = post("/logout", form("_csrf", deskToken));
    assertThat(signOut.headers().firstValue("Location").orElseThrow())
        .endsWith("/login?signed-out");
    assertThat(get("/desk").statusCode()).isEqualTo(302);
  }

  @Test
  void aWrongPasswordOrAMissingTokenIsRefused() throws Exception {
    String token = csrfFrom("/login");

    HttpResponse<String> wrong =
        post(
            "/login",
            form("_csrf", token, "email", "editor@example.org", "password", "not the password"));
    assertThat(wrong.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
    Document page = Jsoup.parse(get("/login?error").body());
    assertThat(page.selectFirst("[role=alert]").text()).contains("not right");

    HttpResponse<String> noToken =
        post("/login", form("email", "editor@example.org", "password", PASSWORD));
    assertThat(noToken.statusCode()).isEqualTo(403);
    assertThat(get("/desk").statusCode()).isEqualTo(302);
  }

  @Test
  void publicPagesOpenNoSessionAndStayCacheable() throws Exception {
    HttpResponse<String> front = get("/");
    assertThat(front.statusCode()).isEqualTo(200);
    assertThat(front.headers().firstValue("Set-Cookie")).isEmpty();
    assertThat(front.headers().firstValue("Cache-Control").orElseThrow())
        .startsWith("public")
        .doesNotContain("no-store", "private");
    assertThat(front.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("script-src 'self'");
    assertThat(post("/", "x=1").statusCode()).as("a public POST without CSRF").isEqualTo(403);
  }
}
