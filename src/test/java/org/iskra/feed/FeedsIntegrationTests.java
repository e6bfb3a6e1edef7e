package org.iskra.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.iskra.article.Article;
import org.iskra.article.ArticlePublisher;
import org.iskra.article.ArticleStatus;
import org.iskra.article.Manuscript;
import org.iskra.author.Author;
import org.iskra.author.Authors;
import org.iskra.media.Media;
import org.iskra.media.MediaLibrary;
import org.iskra.section.Section;
import org.iskra.section.Sections;
import org.iskra.site.SiteClient;
import org.iskra.tag.Tag;
import org.iskra.tag.Tags;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Feeds, sitemaps and the metadata of pages, read over HTTP from the demo publication as feed
 * readers, crawlers and link previews read them, and parsed by independent parsers (Rome, a JSON
 * Schema validator, jsoup). Runs once per store (see the subclasses).
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "iskra.site.base-url=https://news.example.org",
      "iskra.feed.sitemap-page-size=10"
    })
abstract class FeedsIntegrationTests {

  static final String BASE = "https://news.example.org";
  static final String TUPAC = "/americas/tupac-amaru-ii-and-the-great-andean-rebellion-of-1780";
  static final String HOSTILE = "</script><script>alert(1)</script>";

  /** Articles the tests add are older than the seed, so the seed keeps the top of the site feed. */
  static final Instant LONG_AGO = Instant.parse("2012-01-01T00:00:00Z");

  static final Pattern RFC_822 =
      Pattern.compile(
          "[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} (GMT|[+-]\\d{4})");
  static final Pattern RFC_3339 =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");

  static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;
  @Autowired ArticlePublisher publisher;
  @Autowired Sections sections;
  @Autowired Authors authors;
  @Autowired Tags tags;
  @Autowired MediaLibrary media;
  @Autowired JdbcClient jdbc;

  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @Test
  void theSiteFeedsCarryTheNewestArticlesInEveryFormat() throws Exception {
    HttpResponse<String> rss = get("/feed.xml");
    assertThat(rss.statusCode()).isEqualTo(200);
    assertThat(rss.headers().firstValue("Content-Type").orElseThrow().toLowerCase())
        .startsWith("application/rss+xml")
        .contains("charset=utf-8");
    SyndFeed rssFeed = parse(rss.body());
    assertThat(rssFeed.getFeedType()).isEqualTo("rss_2.0");
    assertThat(rssFeed.getTitle()).isEqualTo("In Defence of Marxism (demo)");
    assertThat(rssFeed.getLink()).isEqualTo(BASE + "/");
    assertThat(rssFeed.getEntries()).hasSizeBetween(13, 30);
    SyndEntry first = rssFeed.getEntries().getFirst();
    assertThat(first.getTitle())
        .isEqualTo("Venezuela's Essequibo referendum: for an internationalist position");
    assertThat(first.getUri()).matches("urn:uuid:[0-9a-f-]{36}");
    assertThat(first.getLink()).startsWith(BASE + "/americas/");
    assertThat(first.getPublishedDate().toInstant()).isEqualTo("2023-12-06T10:00:00Z");
    assertThat(first.getCategories().stream().map(SyndCategory::getName)).startsWith("Americas");
    DCModule dc = (DCModule) first.getModule(DCModule.URI);
    assertThat(dc.getCreators()).containsExactly("Editorial Board");
    // The demo's articles are teasers without a body: the teaser is all the item carries.
    assertThat(first.getContents()).isEmpty();
    assertThat(first.getDescription().getValue()).startsWith("On Sunday 3 December");
    Document rssXml = Jsoup.parse(rss.body(), "", Parser.xmlParser());
    for (Element pubDate : rssXml.select("item > pubDate")) {
      assertThat(pubDate.text()).matches(RFC_822);
    }

    HttpResponse<String> atom = get("/atom.xml");
    assertThat(atom.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/atom+xml");
    SyndFeed atomFeed = parse(atom.body());
    assertThat(atomFeed.getFeedType()).isEqualTo("atom_1.0");
    assertThat(atomFeed.getEntries().stream().map(SyndEntry::getUri))
        .isEqualTo(rssFeed.getEntries().stream().map(SyndEntry::getUri).toList());
    assertThat(atomFeed.getEntries().getFirst().getAuthors().getFirst().getName())
        .isEqualTo("Editorial Board");
    Document atomXml = Jsoup.parse(atom.body(), "", Parser.xmlParser());
    assertThat(atomXml.select("entry > published, entry > updated, feed > updated"))
        .allSatisfy(date -> assertThat(date.text()).matches(RFC_3339));

    HttpResponse<String> json = get("/feed.json");
    assertThat(json.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/feed+json");
    assertThat(JsonFeedSchema.violations(json.body())).isEmpty();
    JsonNode jsonFeed = JSON.readTree(json.body());
    assertThat(jsonFeed.get("feed_url").asString()).isEqualTo(BASE + "/feed.json");
    JsonNode item = jsonFeed.get("items").get(0);
    assertThat(item.get("id").asString()).isEqualTo(first.getUri());
    assertThat(item.get("url").asString()).isEqualTo(first.getLink());
    assertThat(item.has("content_html")).isFalse();
    assertThat(item.get("content_text").asString()).startsWith("On Sunday 3 December");
    assertThat(item.get("authors").get(0).get("name").asString()).isEqualTo("Editorial Board");
    assertThat(item.get("authors").get(0).get("url").asString())
        .isEqualTo(BASE + "/author/editorial-board");
    assertThat(OffsetDateTime.parse(item.get("date_published").asString()).toInstant())
        .isEqualTo("2023-12-06T10:00:00Z");
    for (JsonNode each : jsonFeed.get("items")) {
      assertThat(each.get("date_published").asString()).matches(RFC_3339);
      assertThat(each.get("date_modified").asString()).matches(RFC_3339);
    }
  }

  @Test
  void everyListingHasFeedsOfItsOwnArticles() throws Exception {
    assertThat(titles("/author/pascal-cueto/feed.xml"))
        .containsExactly("Túpac Amaru II and the great Andean rebellion of 1780");
    assertThat(titles("/tag/history/atom.xml"))
        .containsExactly(
            "Jamaica in the 1970s: the struggle for socialism and the hand of US imperialism",
            "Túpac Amaru II and the great Andean rebellion of 1780");
    assertThat(titles("/country/ar/feed.xml")).hasSize(3);
    assertThat(titles("/middle-east/feed.xml"))
        .containsExactly("Gaza: Israel's onslaught and the blowback");
    JsonNode json = JSON.readTree(get("/country/ar/feed.json").body());
    assertThat(json.get("title").asString()).isEqualTo("Argentina | In Defence of Marxism (demo)");
    assertThat(json.get("home_page_url").asString()).isEqualTo(BASE + "/country/ar");
    assertThat(json.get("items")).hasSize(3);

    for (String missing :
        List.of(
            "/no-such-section/feed.xml",
            "/author/nobody/atom.xml",
            "/tag/nothing/feed.json",
            "/country/zz/feed.xml",
            "/americas/feed.txt",
            "/americas/rss.xml")) {
      assertThat(get(missing).statusCode()).as(missing).isEqualTo(404);
    }
  }

  @Test
  void itemIdsStayTheSameWhenAnArticleIsEditedAndTheImageIsEnclosed() throws Exception {
    Section section = sections.save("dispatches", "Dispatches", "", 9);
    Author author = authors.findOrCreateByName("Rosa Feedwriter");
    Tag tag = tags.findOrCreateByName("Syndication");
    Media image = media.upload(jpeg(1600, 900), "harbour.jpg", "A harbour at dawn", "e@x.org", "");
    Article article =
        publisher.create(
            new Manuscript(
                "en",
                "A first version",
                "",
                "The standfirst.",
                "<p>First body with <a href=\"/americas\">a link</a>.</p>",
                section.id(),
                List.of(author.id()),
                List.of(tag.id()),
                List.of("pe"),
                image.key()),
            ArticleStatus.PUBLISHED,
            LONG_AGO);

    Map<String, String> before = ids("/dispatches");
    assertThat(before)
        .hasSize(3)
        .allSatisfy((format, id) -> assertThat(id).isEqualTo("urn:uuid:" + article.uid()));
    // A reader shows the body away from the site: its addresses are made absolute.
    assertThat(
            parse(get("/dispatches/feed.xml").body())
                .getEntries()
                .getFirst()
                .getContents()
                .getFirst()
                .getValue())
        .isEqualTo("<p>First body with <a href=\"" + BASE + "/americas\">a link</a>.</p>");

    publisher.revise(
        article.id(),
        new Manuscript(
            "en",
            "A corrected version",
            "",
            "The standfirst.",
            "<p>Corrected body.</p>",
            section.id(),
            List.of(author.id()),
            List.of(tag.id()),
            List.of("pe"),
            image.key()),
        ArticleStatus.PUBLISHED,
        null);

    assertThat(ids("/dispatches")).isEqualTo(before);
    SyndEntry entry = parse(get("/dispatches/feed.xml").body()).getEntries().getFirst();
    assertThat(entry.getTitle()).isEqualTo("A corrected version");
    assertThat(entry.getLink()).isEqualTo(BASE + "/dispatches/a-corrected-version");
    assertThat(entry.getCategories().stream().map(SyndCategory::getName))
        .containsExactly("Dispatches", "Syndication");
    assertThat(entry.getEnclosures().getFirst().getUrl()).isEqualTo(BASE + image.largestSrc());
    assertThat(entry.getEnclosures().getFirst().getType()).isEqualTo("image/jpeg");
    assertThat(entry.getEnclosures().getFirst().getLength()).isEqualTo(image.byteSize());
    SyndEntry atom = parse(get("/dispatches/atom.xml").body()).getEntries().getFirst();
    assertThat(atom.getEnclosures().getFirst().getUrl()).isEqualTo(BASE + image.largestSrc());
    assertThat(atom.getUpdatedDate()).isAfter(atom.getPublishedDate());
    JsonNode item = JSON.readTree(get("/dispatches/feed.json").body()).get("items").get(0);
    assertThat(item.get("image").asString()).isEqualTo(BASE + image.largestSrc());
    assertThat(item.get("tags").valueStream().map(JsonNode::asString))
        .containsExactly("Dispatches", "Syndication");

    HttpResponse<String> rss = get("/tag/syndication/feed.xml");
    assertThat(parse(rss.body()).getEntries().getFirst().getContents().getFirst().getValue())
        .isEqualTo("<p>Corrected body.</p>");
    assertThat(get("/author/rosa-feedwriter/feed.json").statusCode()).isEqualTo(200);

    SiteClient.Page page = new SiteClient(port).get("/dispatches/a-corrected-version");
    int sharedWidth =
        image.variantWidths().stream().filter(w -> w >= 1200).findFirst().orElseThrow();
    assertThat(meta(page.html(), "og:image")).isEqualTo(BASE + image.src(1200));
    assertThat(meta(page.html(), "og:image:width")).isEqualTo(String.valueOf(sharedWidth));
    assertThat(meta(page.html(), "og:image:height"))
        .isEqualTo(String.valueOf(sharedWidth * 9 / 16));
    assertThat(meta(page.html(), "og:image:alt")).isEqualTo("A harbour at dawn");
    assertThat(page.html().selectFirst("meta[name=twitter:card]").attr("content"))
        .isEqualTo("summary_large_image");
    JsonNode linkedData = linkedData(page.html());
    assertThat(linkedData.get("image").get(0).asString()).isEqualTo(BASE + image.src(1200));
    assertThat(linkedData.get("author").get(0).get("url").asString())
        .isEqualTo(BASE + "/author/rosa-feedwriter");
  }

  @Test
  void unchangedFeedsAnswerNotModified() throws Exception {
    Section section = sections.save("conditional", "Conditional", "", 10);
    Article article =
        publisher.create(
            manuscript("Polled by readers", section.id()), ArticleStatus.PUBLISHED, LONG_AGO);
    for (String file : List.of("feed.xml", "atom.xml", "feed.json")) {
      String path = "/conditional/" + file;
      HttpResponse<String> first = get(path);
      String etag = first.headers().firstValue("ETag").orElseThrow();
      String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
      assertThat(first.headers().firstValue("Cache-Control").orElseThrow())
          .contains("max-age=300", "public");

      HttpResponse<String> byTag = get(path, "If-None-Match", etag);
      assertThat(byTag.statusCode()).as(path).isEqualTo(304);
      assertThat(byTag.body()).isEmpty();
      assertThat(get(path, "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);
      assertThat(get(path, "If-None-Match", "W/\"something-else\"").statusCode()).isEqualTo(200);
    }
    HttpResponse<String> before = get("/conditional/feed.xml");
    String etag = before.headers().firstValue("ETag").orElseThrow();
    String lastModified = before.headers().firstValue("Last-Modified").orElseThrow();

    Thread.sleep(1100); // Last-Modified counts whole seconds
    publisher.revise(
        article.id(),
        manuscript("Polled and corrected", section.id()),
        ArticleStatus.PUBLISHED,
        null);

    HttpResponse<String> changed = get("/conditional/feed.xml", "If-None-Match", etag);
    assertThat(changed.statusCode()).isEqualTo(200);
    assertThat(changed.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
    assertThat(get("/conditional/feed.xml", "If-Modified-Since", lastModified).statusCode())
        .isEqualTo(200);
  }

  @Test
  void pagesNameTheirFeedsInTheHeadAndTheFeedsAnswer() throws Exception {
    Map<String, Integer> expected =
        Map.of(
            "/",
            3,
            "/americas",
            6,
            "/author/pascal-cueto",
            6,
            "/tag/history",
            6,
            "/country/ar",
            6,
            TUPAC,
            6,
            "/archive/2023/11",
            3);
    for (Map.Entry<String, Integer> page : expected.entrySet()) {
      Document html = new SiteClient(port).get(page.getKey()).html();
      List<Element> links = html.select("head link[rel=alternate][type]");
      assertThat(links).as(page.getKey()).hasSize(page.getValue());
      for (Element link : links) {
        String href = link.attr("href");
        assertThat(href).startsWith(BASE + "/");
        assertThat(link.attr("title")).isNotBlank();
        HttpResponse<String> feed = get(href.substring(BASE.length()));
        assertThat(feed.statusCode()).as(href).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type").orElseThrow())
            .as(href)
            .startsWith(link.attr("type"));
      }
    }
    Document section = new SiteClient(port).get("/americas").html();
    assertThat(section.select("head link[rel=alternate][type]").eachAttr("href"))
        .startsWith(
            BASE + "/americas/feed.xml", BASE + "/americas/atom.xml", BASE + "/americas/feed.json")
        .contains(BASE + "/feed.xml");
  }

  @Test
  void theSitemapIndexLeadsToPagesWhoseAddressesAllAnswer() throws Exception {
    Document index = xml(get("/sitemap.xml"));
    assertThat(index.selectFirst("sitemapindex").attr("xmlns"))
        .isEqualTo("http://www.sitemaps.org/schemas/sitemap/0.9");
    List<String> sitemaps = index.select("sitemap > loc").eachText();
    assertThat(index.select("sitemap:has(loc:contains(/articles-)) > lastmod"))
        .hasSizeGreaterThanOrEqualTo(2)
        .allSatisfy(lastmod -> assertThat(lastmod.text()).matches(RFC_3339));
    assertThat(sitemaps)
        .contains(
            BASE + "/sitemaps/pages.xml",
            BASE + "/sitemaps/articles-1.xml",
            BASE + "/sitemaps/articles-2.xml",
            BASE + "/sitemaps/news.xml");
    List<String> articles = new ArrayList<>();
    for (String sitemap : sitemaps) {
      Document urlset = xml(get(sitemap.substring(BASE.length())));
      List<Element> urls = urlset.select("url");
      if (sitemap.contains("/articles-")) {
        assertThat(urls).hasSizeBetween(1, 10);
        for (Element url : urls) {
          assertThat(url.selectFirst("lastmod").text()).matches(RFC_3339);
          articles.add(url.selectFirst("loc").text());
        }
      }
      for (Element url : urls) {
        String loc = url.selectFirst("loc").text();
        assertThat(loc).startsWith(BASE + "/");
        assertThat(get(loc.substring(BASE.length())).statusCode()).as(loc).isEqualTo(200);
      }
    }
    assertThat(articles).doesNotHaveDuplicates().contains(BASE + TUPAC);
    assertThat(xml(get("/sitemaps/pages.xml")).select("loc").eachText())
        .contains(
            BASE + "/",
            BASE + "/americas",
            BASE + "/author/pascal-cueto",
            BASE + "/tag/history",
            BASE + "/country/ar",
            BASE + "/countries",
            BASE + "/archive");
    assertThat(get("/sitemaps/articles-99.xml").statusCode()).isEqualTo(404);
    assertThat(get("/sitemaps/articles-0.xml").statusCode()).isEqualTo(404);
  }

  @Test
  void theNewsSitemapHasOnlyTheLastTwoDays() throws Exception {
    Section section = sections.save("breaking", "Breaking", "", 11);
    Instant now = Instant.now();
    publisher.create(
        manuscript("Fresh news & more", section.id()),
        ArticleStatus.PUBLISHED,
        now.minus(1, ChronoUnit.HOURS));
    publisher.create(
        manuscript("Old news", section.id()),
        ArticleStatus.PUBLISHED,
        now.minus(3, ChronoUnit.DAYS));
    publisher.create(
        manuscript("Future news", section.id()),
        ArticleStatus.SCHEDULED,
        now.plus(1, ChronoUnit.DAYS));

    HttpResponse<String> response = get("/sitemaps/news.xml");
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/xml");
    assertThat(response.body())
        .contains("xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\"");
    Document news = xml(response);
    List<Element> urls = news.select("url");
    assertThat(urls).hasSize(1);
    Element url = urls.getFirst();
    assertThat(url.selectFirst("loc").text()).isEqualTo(BASE + "/breaking/fresh-news-more");
    assertThat(url.selectFirst("news|title").text()).isEqualTo("Fresh news & more");
    assertThat(url.selectFirst("news|publication > news|name").text())
        .isEqualTo("In Defence of Marxism (demo)");
    assertThat(url.selectFirst("news|publication > news|language").text()).isEqualTo("en");
    assertThat(url.selectFirst("news|publication_date").text()).matches(RFC_3339);
  }

  @Test
  void robotsTxtKeepsCrawlersOutOfTheDeskAndNamesTheSitemap() {
    HttpResponse<String> robots = get("/robots.txt");
    assertThat(robots.statusCode()).isEqualTo(200);
    assertThat(robots.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
    assertThat(robots.body().lines().toList())
        .containsSubsequence("User-agent: *", "Allow: /", "Disallow: /desk", "Disallow: /login")
        .contains("Sitemap: " + BASE + "/sitemap.xml");
  }

  @Test
  void articlePagesDescribeThemselvesToSearchEnginesAndLinkPreviews() {
    SiteClient.Page page = new SiteClient(port).get(TUPAC);
    Document html = page.html();
    String canonical = BASE + TUPAC;
    assertThat(html.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(canonical);
    assertThat(meta(html, "og:type")).isEqualTo("article");
    assertThat(meta(html, "og:url")).isEqualTo(canonical);
    assertThat(meta(html, "og:title"))
        .isEqualTo("Túpac Amaru II and the great Andean rebellion of 1780");
    assertThat(meta(html, "og:description")).startsWith("In 1780, the Spanish");
    assertThat(meta(html, "og:site_name")).isEqualTo("In Defence of Marxism (demo)");
    assertThat(meta(html, "article:published_time")).isEqualTo("2023-11-01T10:00:00Z");
    assertThat(meta(html, "article:modified_time")).matches(RFC_3339);
    assertThat(meta(html, "article:author")).isEqualTo(BASE + "/author/pascal-cueto");
    assertThat(meta(html, "article:section")).isEqualTo("Americas");
    assertThat(html.select("meta[property=article:tag]").eachAttr("content"))
        .containsExactly("History", "Colonialism", "Indigenous peoples");
    assertThat(html.selectFirst("meta[name=twitter:card]").attr("content")).isEqualTo("summary");
    // The demo has this article in Spanish too (demo-translations.json).
    assertThat(html.select("head link[rel=alternate][hreflang]").eachAttr("hreflang"))
        .containsExactly("en", "es", "x-default");

    assertThat(html.select("script")).hasSize(1);
    JsonNode json = linkedData(html);
    assertThat(json.get("@context").asString()).isEqualTo("https://schema.org");
    assertThat(json.get("@type").asString()).isEqualTo("NewsArticle");
    assertThat(json.get("headline").asString())
        .isEqualTo("Túpac Amaru II and the great Andean rebellion of 1780");
    assertThat(OffsetDateTime.parse(json.get("datePublished").asString()).toInstant())
        .isEqualTo("2023-11-01T10:00:00Z");
    assertThat(json.get("dateModified").asString()).matches(RFC_3339);
    assertThat(json.get("author").get(0).get("@type").asString()).isEqualTo("Person");
    assertThat(json.get("author").get(0).get("name").asString()).isEqualTo("Pascal Cueto");
    assertThat(json.get("author").get(0).get("url").asString())
        .isEqualTo(BASE + "/author/pascal-cueto");
    assertThat(json.get("publisher").get("@type").asString()).isEqualTo("Organization");
    assertThat(json.get("publisher").get("name").asString())
        .isEqualTo("In Defence of Marxism (demo)");
    assertThat(json.get("publisher").get("logo").get("url").asString()).startsWith(BASE + "/");
    assertThat(json.get("mainEntityOfPage").get("@id").asString()).isEqualTo(canonical);
    assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'");

    Document listing = new SiteClient(port).get("/tag/history").html();
    assertThat(meta(listing, "og:type")).isEqualTo("website");
    assertThat(meta(listing, "og:url")).isEqualTo(BASE + "/tag/history");
    assertThat(listing.selectFirst("link[rel=canonical]").attr("href"))
        .isEqualTo(BASE + "/tag/history");
    assertThat(listing.select("script")).isEmpty();
  }

  @Test
  void hostileTitlesStayInertInLinkedDataAndFeeds() throws Exception {
    Section section = sections.save("inert", "Inert", "", 12);
    Article article =
        publisher.create(manuscript(HOSTILE, section.id()), ArticleStatus.PUBLISHED, LONG_AGO);

    SiteClient.Page page = new SiteClient(port).get("/inert/" + article.slug());
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.html().select("script")).hasSize(1);
    assertThat(page.response().body()).doesNotContain("<script>alert");
    assertThat(linkedData(page.html()).get("headline").asString()).isEqualTo(HOSTILE);
    assertThat(meta(page.html(), "og:title")).isEqualTo(HOSTILE);

    for (String file : List.of("feed.xml", "atom.xml")) {
      String body = get("/inert/" + file).body();
      assertThat(body).doesNotContain("<script>");
      assertThat(parse(body).getEntries().getFirst().getTitle()).isEqualTo(HOSTILE);
    }
    String json = get("/inert/feed.json").body();
    assertThat(JsonFeedSchema.violations(json)).isEmpty();
    assertThat(JSON.readTree(json).get("items").get(0).get("title").asString()).isEqualTo(HOSTILE);
  }

  @Test
  void translationsLinkToEachOtherByLanguage() {
    Section section = sections.save("translated", "Translated", "", 13);
    Article english =
        publisher.create(
            manuscript("Workers of the world", section.id()), ArticleStatus.PUBLISHED, LONG_AGO);
    Article spanish =
        publisher.create(
            new Manuscript(
                "es",
                "Trabajadores del mundo",
                "",
                "",
                "<p>Uníos.</p>",
                section.id(),
                List.of(),
                List.of(),
                List.of(),
                null),
            ArticleStatus.PUBLISHED,
            LONG_AGO);
    // The desk's way of making translations is not this test's subject: the group is set here.
    jdbc.sql("UPDATE articles SET translation_group = ? WHERE id = ?")
        .params(english.translationGroup(), spanish.id())
        .update();

    try {
      Document html = new SiteClient(port).get("/translated/" + english.slug()).html();
      assertThat(html.select("link[rel=alternate][hreflang]").eachAttr("hreflang"))
          .containsExactly("en", "es", "x-default");
      assertThat(html.selectFirst("link[hreflang=en]").attr("href"))
          .isEqualTo(BASE + "/translated/" + english.slug());
      assertThat(html.selectFirst("link[hreflang=es]").attr("href"))
          .isEqualTo(BASE + "/es/translated/" + spanish.slug());
      assertThat(html.selectFirst("link[hreflang=x-default]").attr("href"))
          .isEqualTo(BASE + "/translated/" + english.slug());
    } finally {
      // Other tests count the demo's articles in feeds and sitemaps.
      publisher.revise(spanish.id(), spanish.manuscript(), ArticleStatus.UNPUBLISHED, null);
    }
  }

  static Manuscript manuscript(String title, long sectionId) {
    return new Manuscript(
        "en",
        title,
        "",
        "",
        "<p>The first sentence. A second one follows.</p>",
        sectionId,
        List.of(),
        List.of(),
        List.of(),
        null);
  }

  private Map<String, String> ids(String listing) throws Exception {
    return Map.of(
        "rss", parse(get(listing + "/feed.xml").body()).getEntries().getFirst().getUri(),
        "atom", parse(get(listing + "/atom.xml").body()).getEntries().getFirst().getUri(),
        "json",
            JSON.readTree(get(listing + "/feed.json").body())
                .get("items")
                .get(0)
                .get("id")
                .asString());
  }

  private List<String> titles(String path) throws Exception {
    HttpResponse<String> response = get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return parse(response.body()).getEntries().stream().map(SyndEntry::getTitle).toList();
  }

  static SyndFeed parse(String xml) throws Exception {
    return new SyndFeedInput().build(new StringReader(xml));
  }

  static Document xml(HttpResponse<String> response) {
    assertThat(response.statusCode()).isEqualTo(200);
    return Jsoup.parse(response.body(), "", Parser.xmlParser());
  }

  static String meta(Document html, String property) {
    Element meta = html.selectFirst("meta[property=" + property + "]");
    assertThat(meta).as(property).isNotNull();
    return meta.attr("content");
  }

  static JsonNode linkedData(Document html) {
    List<Element> scripts = html.select("script[type=application/ld+json]");
    assertThat(scripts).hasSize(1);
    return JSON.readTree(scripts.getFirst().data());
  }

  static byte[] jpeg(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(30, 90, 140));
    g.fillRect(0, 0, width, height);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "jpg", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  HttpResponse<String> get(String path, String... headers) {
    try {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
              .timeout(Duration.ofSeconds(20));
      for (int i = 0; i + 1 < headers.length; i += 2) {
        request.header(headers[i], headers[i + 1]);
      }
      return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
