package org.iskra.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iskra.article.ArticlePublisher;
import org.iskra.article.ArticleStatus;
import org.iskra.article.Manuscript;
import org.iskra.author.Author;
import org.iskra.author.Authors;
import org.iskra.publication.Edition;
import org.iskra.publication.Editions;
import org.iskra.section.Section;
import org.iskra.section.Sections;
import org.iskra.tag.Tag;
import org.iskra.tag.Tags;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The feeds {@link FeedDrawer} draws for the static copy, against the site itself, on the demo
 * publication (four editions) and a few articles of the test's own: the set drawn is the set a
 * reader following every link from the front page, the sitemaps and the site's feeds reaches, and
 * each drawn feed is byte for byte what the site answers at its address, with the same {@code
 * Content-Type}. Runs once per store (see the subclasses).
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "iskra.site.base-url=https://news.example.org")
abstract class FeedDrawerIntegrationTests {

  static final String BASE = "https://news.example.org";

  /** Older than the demo's articles, so the demo keeps the top of the site's feeds. */
  static final Instant LONG_AGO = Instant.parse("2011-06-01T00:00:00Z");

  /** Where the static export starts reading (staticsite.StaticSiteExporter's seeds). */
  static final List<String> SEEDS =
      List.of(
          "/",
          "/robots.txt",
          "/sitemap.xml",
          "/feed.xml",
          "/atom.xml",
          "/feed.json",
          "/countries",
          "/archive",
          "/events",
          "/events/past",
          "/events.ics",
          "/appeals");

  /** Readers' addresses only, as the export reads them: never the desk, sign-in or search. */
  static final List<String> NOT_PUBLIC =
      List.of("/desk", "/login", "/logout", "/setup", "/api/", "/webhooks/", "/webjars/");

  static final Pattern SEARCH = Pattern.compile("(/[a-z]{2})?/search(/.*)?");
  static final Pattern LINK = Pattern.compile("(?:href|src)=\"([^\"]*)\"");
  static final Pattern LOC = Pattern.compile("<loc>([^<]+)</loc>");
  static final Pattern FEED = Pattern.compile(".*/(feed\\.xml|atom\\.xml|feed\\.json)");
  static final Pattern LATER_PAGE = Pattern.compile("page=[1-9][0-9]{0,6}");

  @LocalServerPort int port;
  @Autowired FeedDrawer drawer;
  @Autowired Editions editions;
  @Autowired ArticlePublisher publisher;
  @Autowired Sections sections;
  @Autowired Authors authors;
  @Autowired Tags tags;

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  record Drawn(String contentType, String body) {}

  /**
   * Once per store: a section without articles, an author, a topic and a country on a draft only,
   * and a topic and a country of one Spanish article only.
   */
  @BeforeEach
  void subjects() {
    if (sections.findBySlug("quiet").isPresent()) {
      return;
    }
    sections.save("quiet", "Quiet", "", 20);
    Section americas = sections.findBySlug("americas").orElseThrow();
    Author drafter = authors.findOrCreateByName("Drafted Only");
    Tag unpublished = tags.findOrCreateByName("Unpublished Topic");
    publisher.create(
        new Manuscript(
            "en",
            "Not yet",
            "",
            "",
            "<p>A draft.</p>",
            americas.id(),
            List.of(drafter.id()),
            List.of(unpublished.id()),
            List.of("IS"),
            null),
        ArticleStatus.DRAFT,
        null);
    Tag spanishOnly = tags.findOrCreateByName("Solo en castellano");
    publisher.create(
        new Manuscript(
            "es",
            "Una crónica desde Wellington",
            "",
            "",
            "<p>Sólo en la edición en español, con <a href=\"/americas\">un enlace</a>.</p>",
            americas.id(),
            List.of(),
            List.of(spanishOnly.id()),
            List.of("NZ"),
            null),
        ArticleStatus.PUBLISHED,
        LONG_AGO);
  }

  @Test
  void drawsTheFeedsAReaderFollowingEveryLinkReaches() throws Exception {
    Map<String, Drawn> drawn = drawAll();

    assertThat(drawn.keySet()).isEqualTo(crawledFeeds());
    // What the crawl finds, spelt out: every edition's feeds of the site and of a section without
    // articles; a topic and a country of one Spanish article in every edition, through the
    // alternates of their pages; nothing for subjects with a draft only.
    List<String> prefixes = editions.all().stream().map(Edition::prefix).toList();
    assertThat(prefixes).hasSize(4);
    for (String prefix : prefixes) {
      for (String file : List.of("feed.xml", "atom.xml", "feed.json")) {
        assertThat(drawn)
            .containsKeys(
                prefix + "/" + file,
                prefix + "/quiet/" + file,
                prefix + "/tag/solo-en-castellano/" + file,
                prefix + "/country/nz/" + file)
            .doesNotContainKeys(
                prefix + "/author/drafted-only/" + file,
                prefix + "/tag/unpublished-topic/" + file,
                prefix + "/country/is/" + file);
      }
    }
    assertThat(drawn).containsKeys("/es/america/feed.xml", "/fr/ameriques/feed.json");
    // The site would answer them, but no page links them.
    assertThat(get("/author/drafted-only/feed.xml").statusCode()).isEqualTo(200);
    assertThat(get("/country/is/feed.json").statusCode()).isEqualTo(200);
  }

  @Test
  void drawsEachFeedAsTheSiteAnswersIt() throws Exception {
    Map<String, Drawn> drawn = drawAll();

    assertThat(drawn).hasSizeGreaterThan(4 * 3 * 10);
    List<String> differences = new ArrayList<>();
    for (Map.Entry<String, Drawn> feed : drawn.entrySet()) {
      HttpResponse<byte[]> answer = get(feed.getKey());
      String type = answer.headers().firstValue("Content-Type").orElse("");
      String body = new String(answer.body(), StandardCharsets.UTF_8);
      if (answer.statusCode() != 200) {
        differences.add(feed.getKey() + ": status " + answer.statusCode());
      } else if (!type.equals(feed.getValue().contentType())) {
        differences.add(feed.getKey() + ": " + type + " vs " + feed.getValue().contentType());
      } else if (!body.equals(feed.getValue().body())) {
        differences.add(feed.getKey() + ": a different body");
      }
    }
    assertThat(differences).isEmpty();
    assertThat(drawn.get("/es/feed.xml").body())
        .contains("<link>" + BASE + "/es</link>", "Una crónica desde Wellington");
    assertThat(drawn.get("/feed.xml").body()).doesNotContain("Una crónica desde Wellington");
    assertThat(drawn.get("/feed.xml").contentType()).isEqualTo("application/rss+xml;charset=utf-8");
  }

  /** Every job of a drawing, on three threads in a shuffled order, as the export runs them. */
  private Map<String, Drawn> drawAll() throws Exception {
    Map<String, Drawn> drawn = new ConcurrentHashMap<>();
    Set<String> twice = ConcurrentHashMap.newKeySet();
    List<Runnable> jobs =
        new ArrayList<>(
            drawer.drawing(
                (address, type, body) -> {
                  if (drawn.putIfAbsent(address, new Drawn(type, body)) != null) {
                    twice.add(address);
                  }
                },
                // Small jobs, so that an edition's subjects are split as a large site's are.
                7));
    assertThat(jobs).hasSizeGreaterThan(2 * editions.all().size());
    Collections.shuffle(jobs, new Random(9));
    try (ExecutorService threads = Executors.newFixedThreadPool(3)) {
      List<Future<?>> done = new ArrayList<>();
      for (Runnable job : jobs) {
        done.add(threads.submit(job));
      }
      for (Future<?> job : done) {
        job.get();
      }
    }
    assertThat(twice).isEmpty();
    return drawn;
  }

  /**
   * The feeds reached by following every link of the site from the export's seeds: pages' links,
   * the sitemaps' entries, robots.txt's sitemap, and redirects, as {@code StaticSiteExporter} does.
   */
  private Set<String> crawledFeeds() {
    Set<String> feeds = new TreeSet<>();
    Set<String> seen = new HashSet<>(SEEDS);
    Deque<String> queue = new ArrayDeque<>(SEEDS);
    while (!queue.isEmpty()) {
      String address = queue.poll();
      if (FEED.matcher(address).matches()) {
        feeds.add(address);
        continue;
      }
      String lastSegment = address.substring(address.lastIndexOf('/') + 1);
      if (lastSegment.contains(".")
          && !address.startsWith("/sitemap")
          && !address.equals("/robots.txt")) {
        continue; // media, assets, calendars: nothing they hold links to a feed
      }
      HttpResponse<byte[]> answer = get(address);
      List<String> links = new ArrayList<>();
      int status = answer.statusCode();
      if (status >= 300 && status < 400) {
        links.add(answer.headers().firstValue("Location").orElse(""));
      } else if (status == 200) {
        String body = new String(answer.body(), StandardCharsets.UTF_8);
        String type = answer.headers().firstValue("Content-Type").orElse("");
        Pattern linking =
            type.startsWith("text/html") ? LINK : address.startsWith("/sitemap") ? LOC : null;
        if (linking != null) {
          Matcher found = linking.matcher(body);
          while (found.find()) {
            links.add(found.group(1));
          }
        }
        if (address.equals("/robots.txt")) {
          body.lines()
              .filter(line -> line.startsWith("Sitemap:"))
              .forEach(line -> links.add(line.substring("Sitemap:".length()).strip()));
        }
      }
      for (String link : links) {
        String local = local(link);
        if (local != null && seen.add(local)) {
          queue.add(local);
        }
      }
    }
    return feeds;
  }

  /** A site address for a link, or null when it leaves the site or is not a reader's page. */
  private String local(String link) {
    String address = link.replace("&amp;", "&");
    String origin = "http://127.0.0.1:" + port;
    if (address.startsWith(BASE + "/") || address.equals(BASE)) {
      address = address.substring(BASE.length());
    } else if (address.startsWith(origin)) {
      address = address.substring(origin.length());
    } else if (!address.startsWith("/") || address.startsWith("//")) {
      return null;
    }
    int fragment = address.indexOf('#');
    address = fragment < 0 ? address : address.substring(0, fragment);
    address = address.isEmpty() ? "/" : address;
    int mark = address.indexOf('?');
    String path = mark < 0 ? address : address.substring(0, mark);
    if (mark >= 0 && !LATER_PAGE.matcher(address.substring(mark + 1)).matches()) {
      return null;
    }
    if (NOT_PUBLIC.stream().anyMatch(path::startsWith) || SEARCH.matcher(path).matches()) {
      return null;
    }
    return address;
  }

  private HttpResponse<byte[]> get(String address) {
    try {
      return http.send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + address))
              .timeout(Duration.ofSeconds(30))
              .GET()
              .build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException("Reading " + address, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
