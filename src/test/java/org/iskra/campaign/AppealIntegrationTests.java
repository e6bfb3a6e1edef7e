package org.iskra.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.iskra.account.AccountRegistry;
import org.iskra.account.Role;
import org.iskra.signature.WebhookSignature;
import org.iskra.site.SiteClient;
import org.iskra.testing.DeskClient;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Appeals over real HTTP on each store: the demo appeal's progress on its page and on its article,
 * the payment webhook with valid, forged, stale, duplicated and refunded deliveries, and the desk.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "iskra.campaign.payment-webhook-secret=test-payment-secret",
      "iskra.campaign.front-page-appeal=panamerican-school-of-the-imt",
      "spring.datasource.hikari.maximum-pool-size=4"
    })
// Closed after the class, and with a small pool: the shared PostgreSQL server has a hundred
// connection slots for every cached test context.
@DirtiesContext
abstract class AppealIntegrationTests {

  static final String SECRET = "test-payment-secret";
  static final String PASSWORD = "a long enough passphrase";
  static final String DEMO = "/appeals/panamerican-school-of-the-imt";

  @LocalServerPort int port;
  @Autowired AccountRegistry accounts;
  @Autowired Fundraising fundraising;

  @BeforeEach
  void people() {
    for (Role role : Role.values()) {
      String email = role.code() + "@example.org";
      if (accounts.find(email).isEmpty()) {
        accounts.create(email, role.code(), role, PASSWORD);
      }
    }
  }

  SiteClient site() {
    return new SiteClient(port);
  }

  String figures(Document page) {
    return page.selectFirst(".appeal__figures").text();
  }

  @Test
  void theFrontPageCarriesTheChosenAppeal() {
    Document front = site().get("/").html();
    assertThat(figures(front)).isEqualTo("$8,750 raised of $10,000 · 87% · 4 donations");
    assertThat(front.select(".listing__block")).hasSize(1);
  }

  @Test
  void theDemoAppealShowsItsProgressOnItsPageAndOnItsArticle() {
    SiteClient.Page page = site().get(DEMO);
    assertThat(page.status()).isEqualTo(200);
    assertThat(figures(page.html())).isEqualTo("$8,750 raised of $10,000 · 87% · 4 donations");
    String article = page.html().selectFirst(".more a[href^=/americas/]").attr("href");
    assertThat(article).startsWith("/americas/panamerican-school-appeal");
    SiteClient.Page articlePage = site().get(article);
    assertThat(articlePage.status()).isEqualTo(200);
    assertThat(figures(articlePage.html())).startsWith("$8,750 raised of $10,000 · 87%");
    assertThat(articlePage.html().selectFirst(".appeal__name a").attr("href")).isEqualTo(DEMO);
  }

  @Test
  void ofManyArticlesOnlyThoseLinkedToAnAppealAreNamed() {
    Appeal demo = fundraising.findBySlug("panamerican-school-of-the-imt").orElseThrow();
    List<Long> linked = fundraising.articlesOf(demo.id());
    assertThat(linked).isNotEmpty();
    List<Long> asked = new java.util.ArrayList<>(linked);
    asked.add(Long.MAX_VALUE);
    assertThat(fundraising.articlesWithAppeal(asked)).containsExactlyInAnyOrderElementsOf(linked);
    assertThat(fundraising.articlesWithAppeal(List.of(Long.MAX_VALUE))).isEmpty();
    assertThat(fundraising.articlesWithAppeal(List.of())).isEmpty();
  }

  HttpResponse<String> deliver(String body, String timestamp, String signature) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/webhooks/payments"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (timestamp != null) {
      request.header(WebhookSignature.TIMESTAMP_HEADER, timestamp);
    }
    if (signature != null) {
      request.header(WebhookSignature.SIGNATURE_HEADER, signature);
    }
    return new DeskClient(port).send(request.build());
  }

  HttpResponse<String> signed(String body) {
    String now = Long.toString(Instant.now().getEpochSecond());
    return deliver(
        body, now, WebhookSignature.sign(SECRET, now, body.getBytes(StandardCharsets.UTF_8)));
  }

  static String payment(String id, String appeal, long amount, String currency) {
    return """
        {"type":"payment.succeeded","id":"%s","appeal":"%s","amount":%d,"currency":"%s","donor":"A reader"}"""
        .formatted(id, appeal, amount, currency);
  }

  Appeal fresh(String name) {
    return fundraising.create(
        name, "", "1000.00", "EUR", Instant.parse("2025-01-01T00:00:00Z"), null);
  }

  String raised(Appeal appeal) {
    return figures(site().get(appeal.path()).html());
  }

  @Test
  void aSignedPaymentCountsOnceHoweverOftenItIsDelivered() {
    Appeal appeal = fresh("Printing press " + System.nanoTime());
    String body = payment("pay_" + appeal.id(), appeal.slug(), 2_550, "EUR");
    HttpResponse<String> first = signed(body);
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.body()).contains("recorded");
    HttpResponse<String> again = signed(body);
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.body()).contains("duplicate");
    assertThat(raised(appeal)).isEqualTo("€25.50 raised of €1,000 · 2% · 1 donation");
  }

  @Test
  void forgedStaleAndUnsignedDeliveriesAreRefused() {
    Appeal appeal = fresh("Forgery " + System.nanoTime());
    String body = payment("pay_forged_" + appeal.id(), appeal.slug(), 10_000, "EUR");
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    String now = Long.toString(Instant.now().getEpochSecond());
    assertThat(deliver(body, now, WebhookSignature.sign("another secret", now, bytes)).statusCode())
        .isEqualTo(401);
    assertThat(deliver(body, null, null).statusCode()).isEqualTo(401);
    String tampered = body.replace("10000", "99999");
    assertThat(deliver(tampered, now, WebhookSignature.sign(SECRET, now, bytes)).statusCode())
        .isEqualTo(401);
    String stale = Long.toString(Instant.now().minusSeconds(6 * 60).getEpochSecond());
    assertThat(deliver(body, stale, WebhookSignature.sign(SECRET, stale, bytes)).statusCode())
        .as("a replay of a delivery captured six minutes ago")
        .isEqualTo(401);
    assertThat(raised(appeal)).startsWith("€0 raised");
  }

  @Test
  void refundsReduceTheTotalAndCurrenciesNeverMix() {
    Appeal appeal = fresh("Refunds " + System.nanoTime());
    String id = "pay_r_" + appeal.id();
    assertThat(signed(payment(id, appeal.slug(), 5_000, "EUR")).statusCode()).isEqualTo(200);
    assertThat(signed(payment(id + "x", appeal.slug(), 5_000, "USD")).statusCode())
        .as("a payment in another currency than the appeal's")
        .isEqualTo(422);
    String refund =
        """
        {"type":"payment.refunded","id":"re_%s","payment":"%s","amount":2000,"currency":"EUR"}"""
            .formatted(id, id);
    assertThat(signed(refund).statusCode()).isEqualTo(200);
    assertThat(signed(refund).body()).contains("duplicate");
    assertThat(raised(appeal)).isEqualTo("€30 raised of €1,000 · 3% · 1 donation");
  }

  @Test
  void editorsRecordGiftsByHandAndAuthorsMayOnlyLook() {
    Appeal appeal = fresh("By hand " + System.nanoTime());
    DeskClient author = new DeskClient(port).signIn("author@example.org", PASSWORD);
    assertThat(author.get("/desk/appeals/" + appeal.id()).statusCode()).isEqualTo(200);
    assertThat(
            author
                .submit(
                    "/desk/appeals/" + appeal.id() + "/donations",
                    Map.of("amount", "10", "currency", "EUR"))
                .statusCode())
        .isEqualTo(403);
    DeskClient editor = new DeskClient(port).signIn("editor@example.org", PASSWORD);
    HttpResponse<String> recorded =
        editor.submit(
            "/desk/appeals/" + appeal.id() + "/donations",
            Map.of("amount", "100.00", "currency", "EUR", "donor", "Cash at the meeting"));
    assertThat(recorded.statusCode()).isEqualTo(302);
    assertThat(editor.get("/desk/appeals/" + appeal.id()).body()).contains("Donation recorded.");
    editor.submit(
        "/desk/appeals/" + appeal.id() + "/donations", Map.of("amount", "5", "currency", "USD"));
    assertThat(editor.get("/desk/appeals/" + appeal.id()).body())
        .contains("This appeal collects EUR; an amount in USD cannot be added to its total.");
    assertThat(raised(appeal)).isEqualTo("€100 raised of €1,000 · 10% · 1 donation");
    HttpResponse<String> created =
        editor.submit(
            "/desk/appeals",
            Map.of(
                "name", "New roof", "target", "5000", "currency", "GBP", "starts", "2025-03-01"));
    assertThat(created.statusCode()).isEqualTo(302);
    assertThat(site().get("/appeals/new-roof").html().selectFirst(".appeal__figures").text())
        .isEqualTo("£0 raised of £5,000 · 0% · 0 donations");
    assertThat(List.of(editor.get("/desk/appeals").statusCode())).containsExactly(200);
  }
}
