package org.iskra.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads every public page of a running Iskra the way a crawler does: from the front page, the
 * sitemaps, robots.txt and the feeds, following every address of the site found in a page (links,
 * feed links, images and their {@code srcset}, stylesheets) and every {@code <loc>} of a sitemap;
 * never the desk, sign-in or APIs. Keeps each answer's status, type, {@code Location} and bytes.
 */
final class PublicCrawl {

  /** One answer, compared byte for byte. */
  record Answer(int status, String contentType, String location, byte[] body) {

    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  private static final List<String> NOT_PUBLIC =
      List.of("/desk", "/login", "/logout", "/setup", "/api/", "/webhooks/", "/webjars/");
  private static final Pattern LOC = Pattern.compile("<loc>([^<]+)</loc>");

  private final HttpClient http =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final String origin;
  private final String baseUrl;

  PublicCrawl(int port, String baseUrl) {
    this.origin = "http://127.0.0.1:" + port;
    this.baseUrl = baseUrl;
  }

  /** Every address reachable from the seeds, with its answer, in the order found. */
  Map<String, Answer> crawl(List<String> seeds) {
    Map<String, Answer> answers = new LinkedHashMap<>();
    Deque<String> queue = new ArrayDeque<>(seeds);
    Set<String> seen = new LinkedHashSet<>(seeds);
    while (!queue.isEmpty()) {
      String path = queue.poll();
      Answer answer = get(path);
      answers.put(path, answer);
      for (String found : addresses(path, answer)) {
        if (seen.add(found)) {
          queue.add(found);
        }
      }
    }
    return answers;
  }

  /** The same addresses read again, in the same order. */
  Map<String, Answer> fetch(Iterable<String> paths) {
    Map<String, Answer> answers = new LinkedHashMap<>();
    for (String path : paths) {
      answers.put(path, get(path));
    }
    return answers;
  }

  Answer get(String path) {
    try {
      HttpResponse<byte[]> response =
          http.send(
              HttpRequest.newBuilder(URI.create(origin + path))
                  .timeout(Duration.ofSeconds(30))
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
      return new Answer(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.headers().firstValue("Location").orElse(null),
          response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private Set<String> addresses(String from, Answer answer) {
    Set<String> found = new LinkedHashSet<>();
    if (answer.status() != 200 || from.startsWith("/search")) {
      // Search results link to ever more facet combinations: the seeds name the searches.
      return found;
    }
    String type = answer.contentType();
    if (type.startsWith("text/html")) {
      Document html = Jsoup.parse(answer.text(), origin + from);
      for (Element element : html.select("a[href], link[href]")) {
        add(found, element.attr("href"));
      }
      for (Element element : html.select("img[src], script[src]")) {
        add(found, element.attr("src"));
      }
      for (Element element : html.select("[srcset]")) {
        for (String candidate : element.attr("srcset").split(",")) {
          add(found, candidate.strip().split("\\s+")[0]);
        }
      }
    } else if (from.startsWith("/sitemap")) {
      Matcher loc = LOC.matcher(answer.text());
      while (loc.find()) {
        add(found, loc.group(1).replace("&amp;", "&"));
      }
    } else if (from.equals("/robots.txt")) {
      for (String line : answer.text().split("\n")) {
        if (line.startsWith("Sitemap:")) {
          add(found, line.substring("Sitemap:".length()).strip());
        }
      }
    }
    return found;
  }

  private void add(Set<String> found, String address) {
    String path;
    if (address.startsWith(baseUrl)) {
      path = address.substring(baseUrl.length());
    } else if (address.startsWith(origin)) {
      path = address.substring(origin.length());
    } else if (address.startsWith("/") && !address.startsWith("//")) {
      path = address;
    } else {
      return;
    }
    int fragment = path.indexOf('#');
    if (fragment >= 0) {
      path = path.substring(0, fragment);
    }
    if (path.isEmpty()) {
      path = "/";
    }
    for (String excluded : NOT_PUBLIC) {
      if (path.startsWith(excluded)) {
        return;
      }
    }
    found.add(path);
  }
}
