package org.iskra.syndication;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.iskra.account.Account;
import org.iskra.account.AccountRegistry;
import org.iskra.account.Role;
import org.iskra.article.Article;
import org.iskra.article.ArticleEdit;
import org.iskra.article.EditorialAction;
import org.iskra.article.EditorialWorkflow;
import org.iskra.section.Sections;
import org.iskra.site.SiteClient;
import org.iskra.store.TestDatabases;
import org.iskra.testing.DeskClient;
import org.iskra.testing.MutableClock;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Partner-feed subscriptions end to end: a partner's server on 127.0.0.1 (allowed here; the refusal
 * is {@link FeedFetcherTests}'), the desk subscribing, polls run by the test through {@link
 * FeedPolling} (the scheduler is set too slow to interfere), the queue, republishing and the public
 * page that results. Each test uses its own feed paths and links, so they share one store.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "iskra.demo.enabled=false",
      "iskra.syndication.allow-private-addresses=true",
      "iskra.syndication.check-interval=1h",
      "iskra.syndication.retry-base=1m",
      "iskra.syndication.retry-cap=3m",
      "iskra.syndication.max-feed-size=64KB",
      "iskra.syndication.timeout=5s",
      "spring.datasource.hikari.maximum-pool-size=5"
    })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@Import(SubscriptionsIntegrationTests.Clocks.class)
abstract class SubscriptionsIntegrationTests {

  static final String PASSWORD = "a long enough passphrase";
  static final MutableClock CLOCK = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));

  @TestConfiguration
  static class Clocks {
    @Bean
    @Primary
    MutableClock testClock() {
      return CLOCK;
    }
  }

  static void properties(DynamicPropertyRegistry registry, TestDatabases.Kind kind) {
    TestDatabases.emptyDatabaseProperties(kind).forEach((k, v) -> registry.add(k, () -> v));
  }

  @LocalServerPort int port;
  @Autowired AccountRegistry accounts;
  @Autowired Sections sections;
  @Autowired FeedPolling polling;
  @Autowired PartnerFeeds feeds;
  @Autowired FeedSubscriptions subscriptions;
  @Autowired JdbcClient jdbc;
  @Autowired EditorialWorkflow workflow;

  PartnerServer partner;
  long world;

  @BeforeEach
  void fixtures() {
    partner = new PartnerServer();
    if (accounts.find("editor@example.org").isEmpty()) {
      accounts.create("editor@example.org", "Ed", Role.EDITOR, PASSWORD);
      accounts.create("author@example.org", "Al", Role.AUTHOR, PASSWORD);
      sections.save("world", "World", "", 1);
    }
    world = sections.findBySlug("world").orElseThrow().id();
  }

  @AfterEach
  void stop() {
    partner.close();
  }

  DeskClient editor() {
    return new DeskClient(port).signIn("editor@example.org", PASSWORD);
  }

  static PartnerServer.Item item(String guid, String link, String title, int day) {
    return new PartnerServer.Item(
        guid,
        link,
        title,
        "Mon, 0" + day + " Jun 2026 10:00:00 GMT",
        "Rosa Díaz",
        "<p>The <strong>"
            + title
            + "</strong> story.</p><script>alert('x')</script>"
            + "<p><img src=\"/photos/1.jpg\" alt=\"A photograph\"></p>");
  }

  long subscriptionId(String url) {
    return jdbc.sql("SELECT id FROM feed_subscriptions WHERE url = ?")
        .param(url)
        .query(Long.class)
        .single();
  }

  Map<String, Object> subscriptionRow(long id) {
    return jdbc.sql(
            "SELECT failures, last_error, next_poll_at, etag FROM feed_subscriptions WHERE id = ?")
        .param(id)
        .query()
        .singleRow();
  }

  List<String> queueTitles(DeskClient desk, String query) {
    Document queue = Jsoup.parse(desk.get("/desk/subscriptions/queue" + query).body());
    return queue.select(".queue-item h2").eachText();
  }

  long itemId(String link) {
    return jdbc.sql("SELECT id FROM subscription_items WHERE link = ?")
        .param(link)
        .query(Long.class)
        .single();
  }

  @Test
  void itemsArriveOnceAndAreRepublishedWithTheirOriginalNamedAndCanonical() {
    String first = "https://partner.example/2026/06/harbour-strike";
    String second = "https://partner.example/2026/06/river-festival";
    String third = "https://partner.example/2026/06/night-trains";
    partner.serve(
        "/partner.xml",
        PartnerServer.rss(
            "Partner Weekly",
            List.of(
                item("p-1", first, "Harbour strike", 1),
                item("p-2", second, "River festival", 2))));
    DeskClient desk = editor();

    HttpResponse<String> subscribed =
        desk.submit(
            "/desk/subscriptions",
            Map.of(
                "url",
                partner.url("/partner.xml"),
                "partner",
                "Partner Weekly",
                "section",
                Long.toString(world),
                "fetch",
                "now"));
    assertThat(subscribed.statusCode()).isEqualTo(302);
    Document list = Jsoup.parse(desk.get("/desk/subscriptions").body());
    assertThat(list.select("p.notice--ok").text())
        .isEqualTo("Subscribed to Partner Weekly. 2 new items in the queue.");
    assertThat(list.select("tr[data-subscription] td").eachText())
        .contains("Partner Weekly", partner.url("/partner.xml"), "World", "2");
    long id = subscriptionId(partner.url("/partner.xml"));
    String only = "?subscription=" + id;
    assertThat(queueTitles(desk, only)).containsExactly("River festival", "Harbour strike");
    Document queue = Jsoup.parse(desk.get("/desk/subscriptions/queue" + only).body());
    assertThat(queue.select(".queue-item .partner").eachText()).containsOnly("Partner Weekly");
    assertThat(queue.select(".queue-item .summary").first().text())
        .isEqualTo("The River festival story.");

    // Unchanged: the partner answers 304 to the ETag, and nothing new arrives.
    FeedPolling.Outcome again = polling.pollNow(id).orElseThrow();
    assertThat(again.notModified()).isTrue();
    assertThat(partner.notModified()).isEqualTo(1);
    assertThat(partner.requests("/partner.xml")).isEqualTo(2);

    // The partner re-issues the first story under a new GUID and adds one: only the new one comes.
    partner.serve(
        "/partner.xml",
        PartnerServer.rss(
            "Partner Weekly",
            List.of(
                item("p-3", third, "Night trains", 3),
                item("p-2", second, "River festival", 2),
                item("p-1-reissued", first + "#comments", "Harbour strike", 1))));
    assertThat(polling.pollNow(id).orElseThrow().added()).isEqualTo(1);
    assertThat(polling.pollNow(id).orElseThrow().added()).isZero();
    assertThat(queueTitles(desk, only))
        .containsExactly("Night trains", "River festival", "Harbour strike");

    // A second feed of the same partner carrying the same stories adds nothing to the queue.
    partner.serve(
        "/mirror.xml",
        PartnerServer.rss(
            "Partner Weekly: World",
            List.of(
                item("m-3", third, "Night trains", 3), item("m-2", second, "River festival", 2))));
    FeedSubscription mirror =
        feeds.subscribe(partner.url("/mirror.xml"), "Partner Weekly", world, "editor@example.org");
    assertThat(polling.pollNow(mirror.id()).orElseThrow().added()).isZero();
    assertThat(queueTitles(desk, "?subscription=" + mirror.id())).isEmpty();

    // Republished as a draft: the editor opens with the original named and linked.
    HttpResponse<String> draft =
        desk.submit(
            "/desk/subscriptions/items/" + itemId(second) + "/republish", Map.of("as", "draft"));
    assertThat(draft.statusCode()).isEqualTo(302);
    String editorPath = draft.headers().firstValue("Location").orElseThrow();
    assertThat(editorPath).matches(".*/desk/articles/\\d+\\?done=save");
    Document editorPage =
        Jsoup.parse(desk.get(editorPath.substring(editorPath.indexOf("/desk"))).body());
    assertThat(editorPage.select("input[name=canonicalUrl]").val()).isEqualTo(second);
    assertThat(editorPage.select("input[name=attribution]").val()).isEqualTo("Partner Weekly");
    assertThat(editorPage.select("input[name=title]").val()).isEqualTo("River festival");
    assertThat(editorPage.select("input[name=authors]").val()).isEqualTo("Rosa Díaz");

    // The original's address stays editable, and must stay an absolute web address.
    Element form = editorPage.selectFirst("form#article-form");
    Map<String, String> fields = new java.util.LinkedHashMap<>();
    for (Element field : form.select("input[name], textarea[name], select[name]")) {
      if (!field.attr("type").equals("checkbox") && !field.attr("name").equals("_csrf")) {
        fields.put(
            field.attr("name"),
            field.is("select") ? field.select("option[selected]").val() : field.val());
      }
    }
    fields.put("action", "save");
    fields.put("canonicalUrl", "javascript:alert(1)");
    HttpResponse<String> wrong = desk.submit(form.attr("action"), fields);
    assertThat(wrong.statusCode()).isEqualTo(422);
    assertThat(Jsoup.parse(wrong.body()).select(".notice--error").text())
        .isEqualTo(
            "Not saved. original address: 'javascript:alert(1)' is not an absolute http or https"
                + " address such as https://partner.example/story");
    fields.put("canonicalUrl", second + "?via=desk");
    fields.put("attribution", "Partner  Weekly (Lima)");
    assertThat(desk.submit(form.attr("action"), fields).statusCode()).isEqualTo(302);
    assertThat(
            jdbc.sql("SELECT canonical_url, attribution FROM articles WHERE title = ?")
                .param("River festival")
                .query()
                .singleRow())
        .isEqualTo(
            Map.of("canonical_url", second + "?via=desk", "attribution", "Partner Weekly (Lima)"));
    // A client that does not know the fields (the Admin API) leaves them as they are.
    long draftId = Long.parseLong(editorPath.replaceAll(".*/desk/articles/(\\d+).*", "$1"));
    Account ed = accounts.find("editor@example.org").orElseThrow();
    Article saved = workflow.open(ed, draftId);
    workflow.save(
        ed,
        draftId,
        saved.version(),
        new ArticleEdit(
            "en",
            "River festival, updated",
            "",
            "",
            "<p>Updated.</p>",
            world,
            List.of("Rosa Díaz"),
            List.of(),
            List.of(),
            ""),
        EditorialAction.SAVE,
        null);
    assertThat(workflow.open(ed, draftId).canonicalUrl()).isEqualTo(second + "?via=desk");
    assertThat(workflow.open(ed, draftId).attribution()).isEqualTo("Partner Weekly (Lima)");

    // Published at once: readers see who published it first, and search engines the original.
    HttpResponse<String> published =
        desk.submit(
            "/desk/subscriptions/items/" + itemId(third) + "/republish", Map.of("as", "published"));
    assertThat(published.headers().firstValue("Location").orElseThrow())
        .endsWith("/desk/subscriptions/queue");
    Document after = Jsoup.parse(desk.get("/desk/subscriptions/queue").body());
    assertThat(after.select("p.notice--ok").text()).startsWith("Published \"Night trains\".");
    assertThat(queueTitles(desk, only)).containsExactly("Harbour strike");
    assertThat(queueTitles(desk, only + "&state=republished"))
        .containsExactlyInAnyOrder("Night trains", "River festival");

    SiteClient.Page page = new SiteClient(port).get("/world/night-trains");
    assertThat(page.status()).isEqualTo(200);
    // Its canonical address is the partner's, so no sitemap names it here.
    for (String sitemap : List.of("/sitemaps/articles-1.xml", "/sitemaps/news.xml")) {
      assertThat(new SiteClient(port).get(sitemap).response().body())
          .as(sitemap)
          .contains("<urlset")
          .doesNotContain("night-trains");
    }
    assertThat(page.html().select("link[rel=canonical]").eachAttr("href")).containsExactly(third);
    assertThat(page.html().select("meta[property=og:url]").eachAttr("content"))
        .containsExactly("http://localhost:8080/world/night-trains");
    Element source = page.html().selectFirst(".article__source");
    assertThat(source.text())
        .isEqualTo("Originally published by Partner Weekly — read the original.");
    assertThat(source.selectFirst("a").attr("href")).isEqualTo(third);
    assertThat(page.html().select(".byline a").text()).isEqualTo("Rosa Díaz");
    assertThat(page.html().select(".article__body").html()).doesNotContain("script", "alert");
    assertThat(page.html().select(".article__body img").attr("src"))
        .as("made absolute against the item's link")
        .isEqualTo("https://partner.example/photos/1.jpg");
    assertThat(page.html().select("script[type=application/ld+json]").html())
        .contains("\"isBasedOn\":\"" + third + "\"")
        .contains("\"url\":\"http://localhost:8080/world/night-trains\"");

    // One item, one article: a second attempt is refused and says why.
    HttpResponse<String> twice =
        desk.submit(
            "/desk/subscriptions/items/" + itemId(third) + "/republish", Map.of("as", "published"));
    assertThat(twice.statusCode()).isEqualTo(422);
    assertThat(Jsoup.parse(twice.body()).select("p.notice--error").text())
        .isEqualTo("Not republished: \"Night trains\" was republished already");
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM articles WHERE canonical_url = ?")
                .param(third)
                .query(Long.class)
                .single())
        .isEqualTo(1);

    // Dismissed: out of the queue for good, even when the partner's feed changes.
    desk.submit("/desk/subscriptions/items/" + itemId(first) + "/dismiss", Map.of());
    assertThat(queueTitles(desk, only)).isEmpty();
    assertThat(queueTitles(desk, only + "&state=dismissed")).containsExactly("Harbour strike");
    partner.serve(
        "/partner.xml",
        PartnerServer.rss("Partner Weekly", List.of(item("p-1", first, "Harbour strike", 1))));
    assertThat(polling.pollNow(id).orElseThrow().added()).isZero();
    assertThat(queueTitles(desk, only)).isEmpty();

    // Unsubscribed: the feed and its queue go, what was republished from it stays.
    desk.submit("/desk/subscriptions/" + id + "/delete", Map.of());
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM subscription_items WHERE subscription_id = ?")
                .param(id)
                .query(Long.class)
                .single())
        .isZero();
    assertThat(new SiteClient(port).get("/world/night-trains").status()).isEqualTo(200);
    assertThat(Jsoup.parse(desk.get("/desk/subscriptions").body()).select("p.notice--ok").text())
        .isEqualTo(
            "Unsubscribed from Partner Weekly; its queue is emptied, republished articles stay.");
    // Subscribing again brings back nothing that was decided on.
    FeedSubscription resubscribed =
        feeds.subscribe(partner.url("/partner.xml"), "Partner Weekly", world, "editor@example.org");
    assertThat(polling.pollNow(resubscribed.id()).orElseThrow().added()).isZero();
    assertThat(queueTitles(desk, "?state=dismissed")).contains("Harbour strike");
  }

  @Test
  void aBrokenFeedBacksOffWhileTheOthersStillArrive() {
    partner.serve(
        "/healthy.xml",
        PartnerServer.rss(
            "Healthy Daily",
            List.of(item("h-1", "https://healthy.example/one", "Healthy one", 4))));
    FeedSubscription broken =
        feeds.subscribe(partner.url("/broken.xml"), "Broken Times", world, "editor@example.org");
    FeedSubscription healthy =
        feeds.subscribe(partner.url("/healthy.xml"), "Healthy Daily", world, "editor@example.org");
    // Only this test's feeds are due: the others were polled with the clock where it is now.
    jdbc.sql("UPDATE feed_subscriptions SET status = 'paused' WHERE id NOT IN (?, ?)")
        .params(broken.id(), healthy.id())
        .update();

    Instant start = CLOCK.instant();
    assertThat(polling.pollDue()).isEqualTo(2);
    Map<String, Object> row = subscriptionRow(broken.id());
    assertThat(((Number) row.get("failures")).intValue()).isEqualTo(1);
    assertThat(row.get("last_error")).isEqualTo("the partner's server answered HTTP 500");
    assertThat(((Number) row.get("next_poll_at")).longValue())
        .isEqualTo(start.plus(Duration.ofMinutes(1)).toEpochMilli());
    assertThat(queueTitles(editor(), "?subscription=" + healthy.id()))
        .containsExactly("Healthy one");

    // Not due yet: nothing is polled.
    assertThat(polling.pollDue()).isZero();
    CLOCK.advance(Duration.ofMinutes(1));
    assertThat(polling.pollDue()).isEqualTo(1);
    row = subscriptionRow(broken.id());
    assertThat(((Number) row.get("failures")).intValue()).isEqualTo(2);
    assertThat(((Number) row.get("next_poll_at")).longValue())
        .isEqualTo(CLOCK.instant().plus(Duration.ofMinutes(2)).toEpochMilli());
    CLOCK.advance(Duration.ofMinutes(2));
    polling.pollDue();
    assertThat(((Number) subscriptionRow(broken.id()).get("next_poll_at")).longValue())
        .as("capped at retry-cap")
        .isEqualTo(CLOCK.instant().plus(Duration.ofMinutes(3)).toEpochMilli());
    assertThat(partner.requests("/broken.xml")).isEqualTo(3);

    Document list = Jsoup.parse(editor().get("/desk/subscriptions").body());
    Element brokenRow = list.selectFirst("tr[data-subscription=" + broken.id() + "]");
    assertThat(brokenRow.select(".state .status").text()).isEqualTo("failing");
    assertThat(brokenRow.select(".last-error").text())
        .isEqualTo("3 failures in a row: the partner's server answered HTTP 500");

    // A feed another server is polling (its claim still running) is left alone.
    CLOCK.advance(Duration.ofMinutes(3));
    assertThat(
            subscriptions.claim(
                broken.id(), CLOCK.instant(), CLOCK.instant().plusSeconds(60), true))
        .isPresent();
    assertThat(polling.pollDue()).isZero();
    assertThat(polling.pollNow(broken.id())).isEmpty();
    assertThat(partner.requests("/broken.xml")).isEqualTo(3);
    CLOCK.advance(Duration.ofSeconds(61));
    assertThat(polling.pollDue()).as("the claim expired").isEqualTo(1);
    assertThat(partner.requests("/broken.xml")).isEqualTo(4);

    // Paused feeds are not polled, however due.
    editor().submit("/desk/subscriptions/" + broken.id() + "/pause", Map.of());
    CLOCK.advance(Duration.ofHours(1));
    polling.pollDue();
    assertThat(partner.requests("/broken.xml")).isEqualTo(4);
  }

  @Test
  void oversizedBodiesAndXmlBombsAreRefusedAndRecorded() {
    partner.serve(
        "/laughs.xml",
        """
        <?xml version="1.0"?>
        <!DOCTYPE rss [
          <!ENTITY lol "lol">
          <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
          <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
        ]>
        <rss version="2.0"><channel><title>&lol3;</title><item><title>&lol3;</title>
        <link>https://bomb.example/1</link></item></channel></rss>""");
    partner.serve(
        "/xxe.xml",
        """
        <?xml version="1.0"?>
        <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
        <rss version="2.0"><channel><title>x</title><item><title>&secret;</title>
        <link>https://xxe.example/1</link></item></channel></rss>""");
    partner.serve("/page.html", "<html><body>Not a feed</body></html>");
    DeskClient desk = editor();

    Map<String, String> errors = new java.util.LinkedHashMap<>();
    for (String path : List.of("/huge.xml", "/laughs.xml", "/xxe.xml", "/page.html")) {
      FeedSubscription subscription =
          feeds.subscribe(partner.url(path), "Odd " + path, world, "editor@example.org");
      errors.put(path, polling.pollNow(subscription.id()).orElseThrow().error());
    }
    assertThat(errors.get("/huge.xml"))
        .isEqualTo("the feed is larger than 64 KB; it was not read further");
    assertThat(errors.get("/laughs.xml"))
        .startsWith(partner.url("/laughs.xml") + ": line ")
        .contains(
            ": the file declares a DOCTYPE with entities, which could fetch other files or expand");
    assertThat(errors.get("/xxe.xml"))
        .startsWith(partner.url("/xxe.xml") + ": line ")
        .contains(
            ": the file declares a DOCTYPE with entities, which could fetch other files or expand");
    assertThat(errors.get("/page.html")).contains("not an RSS, Atom or JSON feed");
    assertThat(
            jdbc.sql(
                    "SELECT COUNT(*) FROM subscription_items WHERE link LIKE 'https://bomb%'"
                        + " OR link LIKE 'https://xxe%' OR title LIKE '%root:%'")
                .query(Long.class)
                .single())
        .isZero();

    // The desk says the same when a subscription's first fetch fails.
    desk.submit(
        "/desk/subscriptions",
        Map.of(
            "url",
            partner.url("/missing.xml"),
            "partner",
            "Gone Gazette",
            "section",
            Long.toString(world),
            "fetch",
            "now"));
    assertThat(Jsoup.parse(desk.get("/desk/subscriptions").body()).select("p.notice--error").text())
        .startsWith(
            "Subscribed to Gone Gazette, but the first fetch failed: the partner's server"
                + " answered HTTP 404.");
  }

  @Test
  void theDeskRefusesWrongSubscriptionsAndAuthors() {
    DeskClient desk = editor();
    HttpResponse<String> ftp =
        desk.submit(
            "/desk/subscriptions",
            Map.of(
                "url",
                "ftp://partner.example/feed",
                "partner",
                "P",
                "section",
                Long.toString(world)));
    assertThat(ftp.statusCode()).isEqualTo(422);
    Document page = Jsoup.parse(ftp.body());
    assertThat(page.select("p.notice--error").text())
        .isEqualTo("url: only http and https URLs, not 'ftp'");
    assertThat(page.select("input[name=url]").val()).isEqualTo("ftp://partner.example/feed");

    HttpResponse<String> noPartner =
        desk.submit(
            "/desk/subscriptions",
            Map.of("url", partner.url("/x.xml"), "partner", " ", "section", Long.toString(world)));
    assertThat(noPartner.statusCode()).isEqualTo(422);
    assertThat(Jsoup.parse(noPartner.body()).select("p.notice--error").text())
        .startsWith("partner: name the partner publication");

    feeds.subscribe(partner.url("/twice.xml"), "Twice", world, "editor@example.org");
    HttpResponse<String> twice =
        desk.submit(
            "/desk/subscriptions",
            Map.of(
                "url",
                partner.url("/twice.xml"),
                "partner",
                "Twice",
                "section",
                Long.toString(world)));
    assertThat(Jsoup.parse(twice.body()).select("p.notice--error").text())
        .isEqualTo("url: " + partner.url("/twice.xml") + " is subscribed already (Twice)");

    DeskClient author = new DeskClient(port).signIn("author@example.org", PASSWORD);
    assertThat(author.get("/desk/subscriptions").statusCode()).isEqualTo(403);
    assertThat(author.get("/desk/subscriptions/queue").statusCode()).isEqualTo(403);
    assertThat(Jsoup.parse(author.get("/desk").body()).select("a[href=/desk/subscriptions]"))
        .isEmpty();
    assertThat(Jsoup.parse(desk.get("/desk").body()).select("a[href=/desk/subscriptions]").text())
        .isEqualTo("Partner feeds");
  }
}
