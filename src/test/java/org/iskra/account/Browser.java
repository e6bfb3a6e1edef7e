package org.iskra.account;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * One browser on one client address: its own cookies, no redirects followed, CSRF tokens read from
 * the pages as a browser would submit them. It connects from any loopback address (127.0.0.2 …),
 * which is how tests sign in "from elsewhere".
 */
final class Browser {

  private final HttpClient http;
  private final String base;

  Browser(String clientAddress, int port) {
    try {
      this.http =
          HttpClient.newBuilder()
              .cookieHandler(new CookieManager())
              .followRedirects(HttpClient.Redirect.NEVER)
              .localAddress(InetAddress.getByName(clientAddress))
              .build();
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(e);
    }
    this.base = "http://127.0.0.1:" + port;
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).build());
  }

  HttpResponse<String> post(String path, String... pairs) {
    return send(postRequest(path, pairs));
  }

  CompletableFuture<HttpResponse<String>> postLater(String path, String... pairs) {
    return http.sendAsync(postRequest(path, pairs), HttpResponse.BodyHandlers.ofString());
  }

  /** The page's CSRF token, as its forms carry it. */
  String csrf(String path) {
    HttpResponse<String> page = get(path);
    if (page.statusCode() != 200) {
      throw new IllegalStateException(path + " answered " + page.statusCode());
    }
    return Jsoup.parse(page.body()).selectFirst("input[name=_csrf]").attr("value");
  }

  Document page(String path) {
    HttpResponse<String> page = get(path);
    if (page.statusCode() != 200) {
      throw new IllegalStateException(path + " answered " + page.statusCode());
    }
    return Jsoup.parse(page.body());
  }

  /** Posts the password form of the sign-in page. */
  HttpResponse<String> signIn(String email, String password) {
    return post("/login", "_csrf", csrf("/login"), "email", email, "password", password);
  }

  private HttpRequest postRequest(String path, String... pairs) {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < pairs.length; i += 2) {
      body.append(i == 0 ? "" : "&")
          .append(pairs[i])
          .append('=')
          .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
    }
    return HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
        .build();
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String location(HttpResponse<?> response) {
    return response.headers().firstValue("Location").orElse("");
  }
}
