package org.iskra.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.iskra.article.Article;
import org.iskra.article.ArticlePublisher;
import org.iskra.article.ArticleStatus;
import org.iskra.article.Manuscript;
import org.iskra.section.Section;
import org.iskra.section.Sections;
import org.iskra.syndication.PlainText;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The public site as a reader meets it: the demo publication on a fresh store, read over HTTP and
 * parsed as HTML. Runs once per store (see the subclasses).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class PublicSiteIntegrationTests {

  static final List<String> SEED_TITLES =
      List.of(
          "Venezuela's Essequibo referendum: for an internationalist position",
          "Panama: mass protests against the Canadian-owned copper mine",
          "Henry Kissinger (1923-2023): the death of a loyal servant of imperialism",
          "Jamaica in the 1970s: the struggle for socialism and the hand of US imperialism",
          "Panamerican School appeal: $8,750 raised of our $10,000 target",
          "Argentina: Milei wins the presidential run-off",
          "Argentina's run-off and the confusion of the left",
          "Brazilian section congress: Esquerda Marxista becomes the Internationalist Communist Organisation",
          "Brazil: joint rally against imperialist wars in Ukraine and Palestine",
          "Túpac Amaru II and the great Andean rebellion of 1780",
          "Argentina's general election: a country in deep crisis",
          "14th Montreal Marxist Winter School: the life and ideas of Lenin",
          "Gaza: Israel's onslaught and the blowback");

  /** Articles the tests add are older than the seed, so the seed keeps the top of every listing. */
  static final Instant LONG_AGO = Instant.parse("2010-01-01T00:00:00Z");

  static final String TUPAC = "/americas/tupac-amaru-ii-and-the-great-andean-rebellion-of-1780";

  @LocalServerPort int port;
  @Autowired ArticlePublisher publisher;
  @Autowired Sections sections;

  SiteClient site() {
    return new SiteClient(port);
  }

  static List<String> seedTeasers() throws IOException {
    try (InputStream in =
        PublicSiteIntegrationTests.class.getResourceAsStream("/demo/000_704fca15339d8907.txt")) {
      return PlainText.paragraphs(in.readAllBytes(), "seed");
    }
  }

  @Test
  void frontPageListsTheSeedTeasersNewestFirstWordForWord() throws IOException {
    SiteClient.Page front = site().get("/");

    assertThat(front.status()).isEqualTo(200);
    assertThat(front.html().title()).isEqualTo("In Defence of Marxism (demo)");
    List<Element> teasers = front.html().select("article.teaser");
    assertThat(teasers.size()).isGreaterThanOrEqualTo(13);
    List<String> seed = seedTeasers();
    for (int i = 0; i < 13; i++) {
      Element teaser = teasers.get(i);
      assertThat(teaser.selectFirst(".teaser__title").text()).isEqualTo(SEED_TITLES.get(i));
      String expected = i == 9 ? seed.get(i) + "…" : seed.get(i);
      assertThat(teaser.selectFirst(".teaser__text").wholeText()).isEqualTo(expected);
    }
    assertThat(teasers.get(9).selectFirst(".teaser__text").text())
        .endsWith("In the following article, Pascal Cueto…");
    Element first = teasers.getFirst();
    assertThat(first.selectFirst("time").text()).isEqualTo("6 December 2023");
    assertThat(first.selectFirst("time").attr("datetime")).isEqualTo("2023-12-06T10:00:00Z");
    assertThat(first.select(".teaser__kicker a").eachAttr("href"))
        .containsExactly("/americas", "/country/ve", "/country/gy");
    assertThat(first.select(".teaser__kicker a").eachText())
        .containsExactly("Americas", "Venezuela", "Guyana");
    assertThat(first.select(".byline a").eachAttr("href"))
        .containsExactly("/author/editorial-board");
    assertThat(teasers.get(12).select(".teaser__kicker a").first().text()).isEqualTo("Middle East");
  }

  @Test
  void everyPageLinksEverySectionByNameAndIsAccessible() {
    SiteClient.Page page = site().get("/americas");

    assertThat(page.html().select("nav[aria-label=Sections] a").eachText())
        .startsWith("Americas", "Middle East");
    assertThat(page.html().selectFirst("nav a[aria-current=page]").text()).isEqualTo("Americas");
    assertThat(page.html().selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(page.html().select("header, main, footer, nav")).hasSizeGreaterThanOrEqualTo(4);
    assertThat(page.html().select("h1")).hasSize(1);
    assertThat(page.html().selectFirst("a.skip-link").attr("href")).isEqualTo("#content");
    assertThat(page.html().selectFirst("meta[name=description]").attr("content"))
        .isEqualTo("News and analysis from North, Central and South America and the Caribbean.");
    assertThat(page.html().title()).isEqualTo("Americas | In Defence of Marxism (demo)");
  }

  @Test
  void sectionFrontsPaginateTwentyToAPageAndRefuseBadPageNumbers() {
    Section europe = sections.save("europe", "Europe", "News from Europe.", 5);
    Instant start = Instant.parse("2015-03-01T08:00:00Z");
    for (int i = 0; i < 25; i++) {
      publisher.create(
          manuscript("Europe dispatch number " + (i + 1), europe.id()),
          ArticleStatus.PUBLISHED,
          start.plus(i, ChronoUnit.DAYS));
    }

    SiteClient.Page first = site().get("/europe");
    assertThat(first.html().select("article.teaser")).hasSize(20);
    assertThat(first.html().selectFirst("article.teaser .teaser__title").text())
        .isEqualTo("Europe dispatch number 25");
    assertThat(first.html().selectFirst("a[rel=next]").attr("href")).isEqualTo("/europe?page=2");
    assertThat(first.html().select("a[rel=prev]")).isEmpty();

    SiteClient.Page second = site().get("/europe?page=2");
    assertThat(second.status()).isEqualTo(200);
    assertThat(second.html().select("article.teaser .teaser__title").eachText())
        .containsExactly(
            "Europe dispatch number 5",
            "Europe dispatch number 4",
            "Europe dispatch number 3",
            "Europe dispatch number 2",
            "Europe dispatch number 1");
    assertThat(second.html().selectFirst("a[rel=prev]").attr("href")).isEqualTo("/europe");
    assertThat(second.html().selectFirst("link[rel=canonical]").attr("href"))
        .isEqualTo("http://localhost:8080/europe?page=2");

    for (String bad : List.of("3", "0", "-1", "abc", "1.5", "99999999999", "")) {
      assertThat(site().get("/europe?page=" + bad).status()).as("page=" + bad).isEqualTo(404);
    }
    assertThat(titles("/americas")).startsWith(SEED_TITLES.subList(0, 12).toArray(String[]::new));
  }

  @Test
  void articlePageShowsTheWholeArticleWithItsByline() {
    SiteClient.Page page = site().get(TUPAC);

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.html().selectFirst("h1").text())
        .isEqualTo("Túpac Amaru II and the great Andean rebellion of 1780");
    assertThat(page.html().selectFirst(".article__standfirst").text()).endsWith("Pascal Cueto…");
    assertThat(page.html().select(".article__meta .byline a").eachText())
        .containsExactly("Pascal Cueto");
    assertThat(page.html().select(".tags a").eachText())
        .containsExactly("History", "Colonialism", "Indigenous peoples");
    assertThat(page.html().select(".article__kicker a").eachText())
        .containsExactly("Americas", "Peru", "Bolivia");
    assertThat(page.html().selectFirst(".article__meta time").text()).isEqualTo("1 November 2023");
    assertThat(page.html().selectFirst("link[rel=canonical]").attr("href"))
        .isEqualTo("http://localhost:8080" + TUPAC);
    assertThat(page.html().selectFirst("meta[name=description]").attr("content"))
        .startsWith("In 1780, the Spanish");
    assertThat(page.html().select("aside[aria-labelledby=more-title] .teaser__title").eachText())
        .containsExactly(SEED_TITLES.get(0), SEED_TITLES.get(1), SEED_TITLES.get(2));
    assertThat(page.header("Content-Security-Policy"))
        .contains("script-src 'self'", "object-src 'none'");
    assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
  }

  @Test
  void taxonomyAndArchivePagesListTheirArticles() {
    assertThat(titles("/author/pascal-cueto")).containsExactly(SEED_TITLES.get(9));
    assertThat(titles("/tag/history")).containsExactly(SEED_TITLES.get(3), SEED_TITLES.get(9));
    assertThat(titles("/country/ar"))
        .containsExactly(SEED_TITLES.get(5), SEED_TITLES.get(6), SEED_TITLES.get(10));
    assertThat(titles("/middle-east")).containsExactly(SEED_TITLES.get(12));
    assertThat(titles("/archive/2023/12")).containsExactly(SEED_TITLES.get(0), SEED_TITLES.get(1));
    assertThat(titles("/archive/2023/11")).hasSize(8);

    SiteClient.Page archive = site().get("/archive");
    Element year2023 = archive.html().selectFirst("#year-2023").parent();
    assertThat(year2023.select("li").eachText())
        .containsExactly("December 2", "November 8", "October 3");

    SiteClient.Page countries = site().get("/countries");
    assertThat(countries.html().select("section.region h2").eachText())
        .contains("Americas", "Middle East", "Europe");
    assertThat(countries.html().select("a[href=/country/ar]").text()).isEqualTo("Argentina");

    assertThat(site().get("/archive/1999").status()).isEqualTo(404);
    assertThat(site().get("/archive/2023/13").status()).isEqualTo(404);
    assertThat(site().get("/country/zz").status()).isEqualTo(404);
    assertThat(site().get("/author/nobody").status()).isEqualTo(404);
    assertThat(site().get("/tag/nothing").status()).isEqualTo(404);
  }

  @Test
  void unknownPathsGiveAProperNotFoundPage() {
    for (String path :
        List.of(
            "/no-such-section",
            "/americas/no-such-article",
            "/a/b/c",
            "/Americas",
            "/assets/missing.css")) {
      SiteClient.Page page = site().get(path);
      assertThat(page.status()).as(path).isEqualTo(404);
      assertThat(page.html().selectFirst("h1").text()).as(path).isEqualTo("Page not found");
      assertThat(page.html().select("nav[aria-label=Sections] a").eachText())
          .as(path)
          .contains("Americas");
    }
  }

  @Test
  void addressesTheServerCannotDecodeGetAPlainErrorPage() {
    SiteClient.Page page = site().get("/%C3%28");
    assertThat(page.status()).isEqualTo(400);
    assertThat(page.html().selectFirst("h1").text()).isEqualTo("Bad Request");
    assertThat(page.response().body()).doesNotContain("Tomcat", "Apache");
  }

  @Test
  void aTrailingSlashRedirectsToTheOnlyAddressOfAPage() {
    SiteClient.Page page = site().get("/americas/?page=1");
    assertThat(page.status()).isEqualTo(301);
    assertThat(page.header("Location")).isEqualTo("/americas?page=1");
    assertThat(site().get("//evil.example/").status()).isNotEqualTo(301);
    assertThat(site().get("/%5Cevil.example/").status()).isNotEqualTo(301);
  }

  @Test
  void aChangedTitleRedirectsTheOldAddressPermanently() {
    Section section = sections.save("corrections", "Corrections", "", 7);
    Article article =
        publisher.create(
            manuscript("A first headline", section.id()), ArticleStatus.PUBLISHED, LONG_AGO);
    assertThat(site().get("/corrections/a-first-headline").status()).isEqualTo(200);

    publisher.revise(
        article.id(), manuscript("A better headline", section.id()), ArticleStatus.PUBLISHED, null);

    SiteClient.Page old = site().get("/corrections/a-first-headline");
    assertThat(old.status()).isEqualTo(301);
    assertThat(old.header("Location")).endsWith("/corrections/a-better-headline");
    SiteClient.Page wrongSection = site().get("/middle-east/a-better-headline");
    assertThat(wrongSection.status()).isEqualTo(301);
    assertThat(wrongSection.header("Location")).endsWith("/corrections/a-better-headline");
    assertThat(site().get("/corrections/a-better-headline").html().selectFirst("h1").text())
        .isEqualTo("A better headline");
  }

  @Test
  void draftsAndHostileMarkupNeverReachReaders() {
    Section section = sections.save("hostile", "Hostile", "", 8);
    publisher.create(manuscript("An unfinished draft", section.id()), ArticleStatus.DRAFT, null);
    assertThat(site().get("/hostile/an-unfinished-draft").status()).isEqualTo(404);

    Manuscript hostile =
        new Manuscript(
            "en",
            "<script>alert('title')</script> Hostile",
            "",
            "",
            "<p onclick=\"steal()\">Text<script>alert(1)</script><a href=\"javascript:alert(2)\">link</a>"
                + "<img src=x onerror=alert(3)></p><style>body{display:none}</style>",
            section.id(),
            List.of(),
            List.of(),
            List.of(),
            null);
    Article article = publisher.create(hostile, ArticleStatus.PUBLISHED, LONG_AGO);
    SiteClient.Page page = site().get("/hostile/" + article.slug());

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.html().selectFirst("h1").text())
        .isEqualTo("<script>alert('title')</script> Hostile");
    // The one script element is JSON-LD: data, which browsers never run.
    assertThat(page.html().select("script:not([type=application/ld+json]), style:not(head style)"))
        .isEmpty();
    assertThat(page.response().body())
        .doesNotContain("onclick", "onerror", "javascript:", "<script>");
  }

  static Manuscript manuscript(String title, long sectionId) {
    return new Manuscript(
        "en",
        title,
        "",
        "",
        "<p>" + title + " is the first sentence. A second one follows.</p>",
        sectionId,
        List.of(),
        List.of(),
        List.of(),
        null);
  }

  List<String> titles(String path) {
    SiteClient.Page page = site().get(path);
    assertThat(page.status()).as(path).isEqualTo(200);
    return page.html().select("article.teaser .teaser__title").eachText();
  }
}
