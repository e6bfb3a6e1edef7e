package org.iskra.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.iskra.search.SearchMaintenance;
import org.iskra.section.Sections;
import org.iskra.site.SiteClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Article pages drawn in bulk are the pages the site answers: for the demo publication (English at
 * the root, Spanish, Portuguese and French editions, six translations) with a draft, a withdrawn
 * article and two Arabic articles (a language without an edition of its own, one of them sharing an
 * English article's address), every drawn page is fetched over HTTP and compared byte for byte.
 * Runs once per store (see the subclasses).
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    // Its own context: pages other tests had the page cache keep are not in the way.
    properties = "iskra.site.base-url=https://drawn.example.org")
abstract class ArticlePageDrawerIntegrationTests {

  static final String TUPAC_SLUG = "tupac-amaru-ii-and-the-great-andean-rebellion-of-1780";

  /** Older than the demo's articles, so that the demo keeps the top of every listing. */
  static final Instant LONG_AGO = Instant.parse("2011-05-01T10:00:00Z");

  private final HttpClient http =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  @LocalServerPort int port;
  @Autowired ArticlePageDrawer drawer;
  @Autowired ArticlePublisher publisher;
  @Autowired ArticleListings listings;
  @Autowired Sections sections;
  @Autowired SearchMaintenance maintenance;

  @Test
  void everyPublishedArticlePageIsDrawnAsTheSiteAnswersIt() throws Exception {
    long americas = sections.findBySlug("americas").orElseThrow().id();
    long middleEast = sections.findBySlug("middle-east").orElseThrow().id();
    Article draft =
        publisher.create(
            manuscript("en", "A draft nobody reads yet", "", americas), ArticleStatus.DRAFT, null);
    Article withdrawn =
        publisher.create(
            manuscript("en", "A story taken back", "", americas),
            ArticleStatus.PUBLISHED,
            LONG_AGO);
    publisher.revise(withdrawn.id(), withdrawn.manuscript(), ArticleStatus.UNPUBLISHED, null);
    Article arabic =
        publisher.create(
            manuscript("ar", "غزة: العدوان والرد", "", middleEast),
            ArticleStatus.PUBLISHED,
            LONG_AGO);
    // The English article holds this address in the default edition: this one is never answered.
    Article shadowed =
        publisher.create(
            manuscript("ar", "ثورة توباك أمارو الثاني", TUPAC_SLUG, americas),
            ArticleStatus.PUBLISHED,
            LONG_AGO);
    assertThat(shadowed.slug()).isEqualTo(TUPAC_SLUG);
    Article last =
        publisher.create(
            manuscript("en", "Quillabamba peasants organise", "", americas),
            ArticleStatus.PUBLISHED,
            LONG_AGO);
    // Related articles come from the search index, filled in the background in this order.
    eventually(
        () ->
            !new SiteClient(port)
                .get("/search?q=Quillabamba")
                .html()
                .select(".search-hit")
                .isEmpty());
    // What the static export does before it draws: every list found with every article indexed.
    // Without it, the catch-up's minute tick could find a short list again between the drawing
    // and the reading (CI saw it once), and the two pages would name different related articles.
    maintenance.catchUp();

    Map<String, Drawn> drawn = new ConcurrentHashMap<>();
    List<String> addresses = Collections.synchronizedList(new ArrayList<>());
    // Small batches, so that there are several jobs, run on a few threads in no set order.
    List<Runnable> jobs =
        drawer.drawing(
            (address, contentType, body) -> {
              addresses.add(address);
              drawn.put(address, new Drawn(contentType, body));
            },
            7);
    assertThat(jobs).hasSizeGreaterThan(2);
    Collections.reverse(jobs);
    try (ExecutorService threads = Executors.newFixedThreadPool(3)) {
      List<Future<?>> running = jobs.stream().<Future<?>>map(threads::submit).toList();
      for (Future<?> job : running) {
        job.get();
      }
    }

    assertThat(addresses).doesNotHaveDuplicates();
    Set<String> published =
        listings.locations(Listing.everything(), 0, 10_000).stream()
            .map(ArticleLocation::path)
            .collect(Collectors.toSet());
    assertThat(drawn.keySet()).isEqualTo(published);
    assertThat(drawn)
        .containsKeys(
            "/americas/" + TUPAC_SLUG, "/middle-east/" + arabic.slug(), "/americas/" + last.slug())
        .doesNotContainKeys("/americas/" + draft.slug(), "/americas/" + withdrawn.slug());
    assertThat(drawn.keySet())
        .anyMatch(address -> address.startsWith("/es/america/tupac-amaru-ii-y-la-gran-rebelion"));
    assertThat(drawn.keySet().stream().filter(address -> address.startsWith("/es/")).count())
        .isGreaterThanOrEqualTo(3);
    assertThat(drawn.keySet().stream().filter(address -> address.startsWith("/fr/")).count())
        .isGreaterThanOrEqualTo(1);

    for (Map.Entry<String, Drawn> page : drawn.entrySet()) {
      HttpResponse<byte[]> answer = get(page.getKey());
      assertThat(answer.statusCode()).as(page.getKey()).isEqualTo(200);
      assertThat(page.getValue().contentType())
          .as(page.getKey())
          .isEqualTo(answer.headers().firstValue("Content-Type").orElseThrow());
      // As text first, for a readable difference; then the bytes themselves.
      assertThat(page.getValue().body())
          .as(page.getKey())
          .isEqualTo(new String(answer.body(), StandardCharsets.UTF_8));
      assertThat(
              Arrays.equals(page.getValue().body().getBytes(StandardCharsets.UTF_8), answer.body()))
          .as(page.getKey())
          .isTrue();
    }
    assertThat(new String(get("/americas/" + TUPAC_SLUG).body(), StandardCharsets.UTF_8))
        .contains("Amaru II and the great Andean rebellion of 1780")
        .doesNotContain("ثورة توباك أمارو الثاني");
    assertThat(drawn.get("/middle-east/" + arabic.slug()).body()).contains("غزة: العدوان والرد");
    // What the bulk reads feed: related articles, translations and "More from" are on the pages.
    assertThat(drawn.values())
        .anyMatch(page -> page.body().contains("class=\"more more--related\""))
        .anyMatch(page -> page.body().contains("class=\"article__translations\""))
        .anyMatch(page -> page.body().contains("id=\"more-title\""))
        // The demo's appeal and event stand beside the articles linked to them, asked per batch.
        .anyMatch(page -> page.body().contains("<aside class=\"appeal\""))
        .anyMatch(page -> page.body().contains("<aside class=\"event-box\""));
    assertThat(get("/americas/" + draft.slug()).statusCode()).isEqualTo(404);
    assertThat(get("/americas/" + withdrawn.slug()).statusCode()).isEqualTo(404);
  }

  private record Drawn(String contentType, String body) {}

  private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(20))
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private static Manuscript manuscript(String language, String title, String slug, long section) {
    return new Manuscript(
        language,
        title,
        slug,
        "",
        "<p>" + title + ".</p>",
        section,
        List.of(),
        List.of(),
        List.of(),
        null);
  }

  private static void eventually(java.util.function.BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waited 30 s").isLessThan(deadline);
      Thread.sleep(100);
    }
  }
}
