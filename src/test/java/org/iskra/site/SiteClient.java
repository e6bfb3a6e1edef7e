package org.iskra.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Reads pages of a running Iskra over real HTTP, without following redirects. */
public final class SiteClient {

  private final HttpClient http =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final String base;

  public SiteClient(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  /** A page as a reader's browser receives it. */
  public record Page(int status, HttpResponse<String> response, Document html) {

    public String header(String name) {
      return response.headers().firstValue(name).orElse(null);
    }
  }

  public Page get(String path) {
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(base + path))
                  .timeout(Duration.ofSeconds(20))
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return new Page(response.statusCode(), response, Jsoup.parse(response.body(), base + path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
