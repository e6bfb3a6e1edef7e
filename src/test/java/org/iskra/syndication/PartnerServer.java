package org.iskra.syndication;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A partner publication's web server on 127.0.0.1: feeds a test can change, with ETags honoured
 * (and conditional requests counted), plus the broken answers a poller must survive.
 */
final class PartnerServer implements AutoCloseable {

  private final HttpServer server;
  private final Map<String, String> feeds = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
  private final AtomicInteger notModified = new AtomicInteger();

  PartnerServer() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::answer);
    // One thread per request, so that a slow answer holds up no other.
    server.setExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
    server.start();
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  /** Serves the document at the path, with an ETag of its content. */
  void serve(String path, String document) {
    feeds.put(path, document);
  }

  int requests(String path) {
    return requests.computeIfAbsent(path, p -> new AtomicInteger()).get();
  }

  /** Conditional requests answered with 304. */
  int notModified() {
    return notModified.get();
  }

  private void answer(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
    try (exchange) {
      switch (path) {
        case "/broken.xml" -> send(exchange, 500, "text/plain", "Internal Server Error");
        case "/huge.xml" -> {
          // No Content-Length: the poller must stop reading by itself.
          exchange.getResponseHeaders().add("Content-Type", "application/rss+xml");
          exchange.sendResponseHeaders(200, 0);
          OutputStream out = exchange.getResponseBody();
          byte[] chunk = "<!-- padding padding padding -->\n".repeat(100).getBytes();
          try {
            out.write("<rss version=\"2.0\"><channel>".getBytes());
            for (int i = 0; i < 2000; i++) {
              out.write(chunk);
            }
          } catch (IOException e) {
            // The poller hung up, as it should.
          }
        }
        case "/slow.xml" -> {
          // A byte at a time: within every read timeout, but never done.
          exchange.getResponseHeaders().add("Content-Type", "application/rss+xml");
          exchange.sendResponseHeaders(200, 0);
          try {
            for (int i = 0; i < 100; i++) {
              exchange.getResponseBody().write(' ');
              exchange.getResponseBody().flush();
              Thread.sleep(100);
            }
          } catch (IOException | InterruptedException e) {
            // The poller hung up, as it should.
          }
        }
        case "/dated.xml" -> {
          String date = "Mon, 01 Jun 2026 08:00:00 GMT";
          exchange.getResponseHeaders().add("Last-Modified", date);
          if (exchange
              .getRequestHeaders()
              .getOrDefault("If-Modified-Since", List.of())
              .contains(date)) {
            notModified.incrementAndGet();
            exchange.sendResponseHeaders(304, -1);
            return;
          }
          send(exchange, 200, "application/rss+xml", rss("Dated", List.of()));
        }
        case "/moved.xml" -> {
          exchange.getResponseHeaders().add("Location", "/partner.xml");
          exchange.sendResponseHeaders(301, -1);
        }
        case "/loop.xml" -> {
          exchange.getResponseHeaders().add("Location", "/loop.xml");
          exchange.sendResponseHeaders(302, -1);
        }
        default -> {
          String feed = feeds.get(path);
          if (feed == null) {
            send(exchange, 404, "text/plain", "Not Found");
            return;
          }
          String etag = "\"" + Integer.toHexString(feed.hashCode()) + "\"";
          List<String> asked =
              exchange.getRequestHeaders().getOrDefault("If-None-Match", List.of());
          if (asked.contains(etag)) {
            notModified.incrementAndGet();
            exchange.getResponseHeaders().add("ETag", etag);
            exchange.sendResponseHeaders(304, -1);
            return;
          }
          exchange.getResponseHeaders().add("ETag", etag);
          send(exchange, 200, "application/rss+xml; charset=utf-8", feed);
        }
      }
    }
  }

  private static void send(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  /** An RSS 2.0 feed of the items. */
  static String rss(String title, List<Item> items) {
    StringBuilder xml =
        new StringBuilder(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\""
                    + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>")
            .append(title)
            .append("</title><link>https://partner.example/</link><description>News</description>");
    for (Item item : items) {
      xml.append("<item><title>")
          .append(item.title())
          .append("</title><link>")
          .append(item.link())
          .append("</link><guid isPermaLink=\"false\">")
          .append(item.guid())
          .append("</guid><pubDate>")
          .append(item.date())
          .append("</pubDate><dc:creator>")
          .append(item.author())
          .append("</dc:creator><description><![CDATA[")
          .append(item.html())
          .append("]]></description></item>");
    }
    return xml.append("</channel></rss>").toString();
  }

  /** A feed item; {@code date} in RFC 822 form. */
  record Item(String guid, String link, String title, String date, String author, String html) {}

  @Override
  public void close() {
    server.stop(0);
  }
}
