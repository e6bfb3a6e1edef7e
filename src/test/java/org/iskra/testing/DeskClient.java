package org.iskra.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * One person's browser without the browser: cookies, real HTTP, CSRF tokens read from the pages as
 * a browser would submit them. Redirects are not followed, so tests see them.
 */
public final class DeskClient {

  private final String base;
  private final HttpClient http;
  private String csrf = "";

  public DeskClient(int port) {
    this.base = "http://127.0.0.1:" + port;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** Signs in through the form; fails the test if the desk does not open. */
  public DeskClient signIn(String email, String password) {
    Document login = Jsoup.parse(get("/login").body());
    String token = login.selectFirst("input[name=_csrf]").attr("value");
    HttpResponse<String> answer =
        post("/login", Map.of("_csrf", token, "email", email, "password", password));
    String location = answer.headers().firstValue("Location").orElse("");
    if (!location.endsWith("/desk")) {
      throw new AssertionError(
          "Sign-in as " + email + " failed: " + answer.statusCode() + " " + location);
    }
    refreshToken();
    return this;
  }

  /** Reads the CSRF token of the desk, as the pages carry it. */
  public String refreshToken() {
    Document desk = Jsoup.parse(get("/desk").body());
    csrf = desk.selectFirst("meta[name=csrf-token]").attr("content");
    return csrf;
  }

  public String token() {
    return csrf;
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
  }

  /** A form post carrying the CSRF token. */
  public HttpResponse<String> submit(String path, Map<String, String> fields) {
    java.util.Map<String, String> withToken = new java.util.LinkedHashMap<>(fields);
    withToken.put("_csrf", csrf);
    return post(path, withToken);
  }

  /** A form post exactly as given: without a token unless the fields carry one. */
  public HttpResponse<String> post(String path, Map<String, String> fields) {
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form(fields)))
            .build());
  }

  /** A post asking for JSON, the token in the header as the editor's script sends it. */
  public HttpResponse<String> postJson(String path, Map<String, String> fields) {
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "application/json")
            .header("X-CSRF-TOKEN", csrf)
            .POST(HttpRequest.BodyPublishers.ofString(form(fields)))
            .build());
  }

  public HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public String base() {
    return base;
  }

  public static String form(Map<String, String> fields) {
    StringBuilder body = new StringBuilder();
    fields.forEach(
        (name, value) ->
            body.append(body.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
    return body.toString();
  }
}
