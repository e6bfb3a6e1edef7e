package org.iskra.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.iskra.account.AccountRegistry;
import org.iskra.account.Role;
import org.iskra.article.Article;
import org.iskra.article.ArticlePublisher;
import org.iskra.article.ArticleStatus;
import org.iskra.article.Manuscript;
import org.iskra.section.Sections;
import org.iskra.site.SiteClient;
import org.iskra.testing.DeskClient;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Search over real HTTP on each store: the page, the JSON API, suggestions, related articles, the
 * index following publishes within a second, catching up after a missed write, and hostile input.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class SearchIntegrationTests {

  static final Instant LONG_AGO = Instant.parse("2012-03-01T10:00:00Z");

  @LocalServerPort int port;
  @Autowired ArticlePublisher publisher;
  @Autowired Sections sections;
  @Autowired SearchMaintenance maintenance;
  @Autowired JdbcClient jdbc;
  @Autowired AccountRegistry accounts;
  @Autowired SearchIndexer indexer;

  SiteClient site;
  final JsonMapper json = JsonMapper.builder().build();

  @BeforeEach
  void client() {
    site = new SiteClient(port);
    eventually(() -> search("argentina").html().select(".search-hit").size() > 0);
  }

  SiteClient.Page search(String query) {
    return site.get(
        "/search?q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8));
  }

  List<String> titles(SiteClient.Page page) {
    return page.html().select(".search-hit .teaser__title a").eachText();
  }

  static void eventually(BooleanSupplier condition) {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Not true within 5 seconds");
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  Manuscript manuscript(String title, String standfirst) {
    long section = sections.findBySlug("middle-east").orElseThrow().id();
    return new Manuscript(
        "en",
        title,
        "",
        standfirst,
        "<p>" + standfirst + "</p>",
        section,
        List.of(),
        List.of(),
        List.of("EG"),
        null);
  }

  @Test
  void readersFindTheDemoArticlesWithFoldingAndSeeWhyTheyMatched() {
    SiteClient.Page page = search("tupac peru");
    assertThat(page.status()).isEqualTo(200);
    assertThat(titles(page)).first().asString().contains("Túpac Amaru II");
    assertThat(page.html().select(".search-hit__snippet mark").eachText())
        .anyMatch(word -> word.equalsIgnoreCase("Túpac") || word.equalsIgnoreCase("Perú"));
    assertThat(page.header("X-Robots-Tag")).isEqualTo("noindex");

    SiteClient.Page argentina = search("argentina");
    assertThat(titles(argentina)).hasSizeGreaterThanOrEqualTo(3);
    assertThat(argentina.html().select(".facet a[data-facet=section]").eachAttr("data-key"))
        .contains("americas");
    String narrowed =
        argentina
            .html()
            .selectFirst(".facet a[data-facet=section][data-key=americas]")
            .attr("href");
    assertThat(site.get(narrowed).html().select(".facet a[aria-current]").eachAttr("data-key"))
        .containsExactly("americas");

    assertThat(titles(search("kissenger"))).anyMatch(title -> title.contains("Kissinger"));
    assertThat(titles(search("\"run-off\" -confusion")))
        .noneMatch(title -> title.contains("confusion"));
  }

  @Test
  void publishingUnpublishingAndDeletingReachTheIndexWithinASecond() {
    Article article =
        publisher.create(
            manuscript("Quarry workers occupy the Zagazig plant", "The occupation began at night."),
            ArticleStatus.PUBLISHED,
            LONG_AGO);
    eventually(
        () -> titles(search("zagazig quarry")).contains("Quarry workers occupy the Zagazig plant"));

    publisher.revise(
        article.id(),
        manuscript("Quarry workers occupy the Zagazig plant", "The occupation began at night."),
        ArticleStatus.UNPUBLISHED,
        null);
    eventually(() -> titles(search("zagazig quarry")).isEmpty());

    Article draft =
        publisher.create(
            manuscript("Zagazig draft notes", "Not for readers."), ArticleStatus.DRAFT, null);
    accounts.create("searcher@example.org", "Sam", Role.EDITOR, "a long enough passphrase");
    DeskClient desk =
        new DeskClient(port).signIn("searcher@example.org", "a long enough passphrase");
    eventually(() -> desk.get("/desk/articles?q=zagazig").body().contains("Zagazig draft notes"));
    assertThat(titles(search("zagazig"))).isEmpty();
    Document deskList = org.jsoup.Jsoup.parse(desk.get("/desk/articles?q=zagazig").body());
    assertThat(deskList.selectFirst("a[data-state=draft] .count").text()).isEqualTo("1");
    assertThat(deskList.selectFirst("a[data-state=unpublished] .count").text()).isEqualTo("1");
    assertThat(draft.id()).isPositive();
  }

  @Test
  void aWriteTheIndexMissedIsCaughtUp() {
    Article article =
        publisher.create(
            manuscript("Dockers in Port Said walk out", "A strike at the canal."),
            ArticleStatus.PUBLISHED,
            LONG_AGO);
    // Found, and the indexer idle: a start-up catch-up may have indexed it before its own event.
    eventually(() -> titles(search("port said dockers")).size() == 1 && indexer.waiting() == 0);

    // As if the server had stopped between the store's write and the index's.
    jdbc.sql(
            "UPDATE articles SET title = 'Canal pilots join the Port Said strike', version = version + 1 WHERE id = ?")
        .param(article.id())
        .update();
    assertThat(titles(search("canal pilots"))).isEmpty();

    SearchMaintenance.CaughtUp caughtUp = maintenance.catchUp();
    assertThat(caughtUp.refreshed()).isGreaterThanOrEqualTo(1);
    eventually(
        () -> titles(search("canal pilots")).contains("Canal pilots join the Port Said strike"));
  }

  @Test
  void theJsonApiAndSuggestionsGiveWhatThePageGives() {
    JsonNode page = json.readTree(site.get("/api/search?q=argentina&size=2").response().body());
    assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(3);
    assertThat(page.get("results")).hasSize(2);
    assertThat(page.get("results").get(0).get("url").asText()).startsWith("/americas/");
    assertThat(page.get("facets").get("section").get(0).get("key").asText()).isEqualTo("americas");

    JsonNode suggestions =
        json.readTree(site.get("/api/search/suggest?q=argent").response().body());
    assertThat(suggestions.size()).isPositive();
    assertThat(suggestions.get(0).get("text").asText().toLowerCase()).contains("argent");
  }

  @Test
  void articlePagesSuggestRelatedArticlesButNeverThemselves() {
    String path = titlesAndPaths(search("milei wins presidential run-off")).getFirst();
    Document article = site.get(path).html();
    List<String> related = article.select("#related-title ~ ul a[href]").eachAttr("href");
    assertThat(related).isNotEmpty().doesNotContain(path);
  }

  List<String> titlesAndPaths(SiteClient.Page page) {
    return page.html().select(".search-hit .teaser__title a").eachAttr("href");
  }

  @Test
  void hostileOrOddQueriesNeverBreakThePage() {
    for (String query :
        List.of(
            "\"unbalanced",
            "+-&&||!(){}[]^\"~*?:\\/",
            "a".repeat(10_000),
            "nul\u0000bell\u0007",
            "   ",
            "-",
            "*",
            "AND OR NOT")) {
      SiteClient.Page page = search(query);
      assertThat(page.status())
          .as(query.length() > 50 ? query.substring(0, 50) : query)
          .isEqualTo(200);
    }
    assertThat(search("a".repeat(10_000)).html().selectFirst(".search__note").text())
        .contains("500");
    assertThat(site.get("/search?q=argentina&page=9999").status()).isEqualTo(404);
    assertThat(site.get("/search?q=argentina&page=abc").status()).isEqualTo(200);
    assertThat(site.get("/api/search?q=%22oops").status()).isEqualTo(200);
  }
}
