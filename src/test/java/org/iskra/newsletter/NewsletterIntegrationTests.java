package org.iskra.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.iskra.account.AccountRegistry;
import org.iskra.account.Role;
import org.iskra.article.Article;
import org.iskra.article.ArticlePublisher;
import org.iskra.article.ArticleStatus;
import org.iskra.article.Manuscript;
import org.iskra.section.Sections;
import org.iskra.signature.WebhookSignature;
import org.iskra.testing.DeskClient;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Newsletters end to end against a real SMTP server (GreenMail), on each store: sign-up, the
 * confirmation mail and its link, a digest with both parts, one-click unsubscribe, staff sending an
 * article, bounces from the webhook, and sign-ups that reveal nothing and are rate-limited.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.hikari.maximum-pool-size=4",
      "spring.mail.host=127.0.0.1",
      "iskra.newsletter.rate-per-minute=6000",
      "iskra.newsletter.poll-interval=100ms",
      "iskra.newsletter.digest-check-initial-delay=1h",
      "iskra.newsletter.resend-after=0s",
      "iskra.newsletter.sign-ups-per-address=3",
      "iskra.newsletter.sign-ups-per-client=1000",
      "iskra.newsletter.mail-webhook-secret=test-mail-secret",
      "iskra.schedule.initial-delay=1h",
      "iskra.newsletter.languages=en,es"
    })
// Closed after the class, and with a small pool: the shared PostgreSQL server has a hundred
// connection slots for every cached test context.
@DirtiesContext
abstract class NewsletterIntegrationTests {

  static final String PASSWORD = "a long enough passphrase";

  @LocalServerPort int port;
  @Autowired AccountRegistry accounts;
  @Autowired ArticlePublisher publisher;
  @Autowired Sections sections;
  @Autowired Digests digests;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void people() {
    for (Role role : Role.values()) {
      String email = role.code() + "@example.org";
      if (accounts.find(email).isEmpty()) {
        accounts.create(email, role.code(), role, PASSWORD);
      }
    }
  }

  static String unique(String name) {
    return name + "-" + System.nanoTime() + "@example.org";
  }

  /** Signs up through the public form, as a browser would. */
  HttpResponse<String> signUp(String email, Map<String, String> choices) {
    DeskClient browser = new DeskClient(port);
    String token =
        Jsoup.parse(browser.get("/newsletter").body())
            .selectFirst("form[action=/newsletter] input[name=_csrf]")
            .attr("value");
    Map<String, String> fields = new LinkedHashMap<>(choices);
    fields.put("email", email);
    fields.put("_csrf", token);
    return browser.post("/newsletter", fields);
  }

  /** Signs up and confirms; returns the confirmation mail. */
  MimeMessage subscribe(String email, Map<String, String> choices) {
    assertThat(signUp(email, choices).statusCode()).isEqualTo(303);
    MimeMessage confirmation = TestMail.await(email, 1).getFirst();
    String link = TestMail.link(TestMail.part(confirmation, "text/plain"), "/newsletter/confirm");
    HttpResponse<String> confirmed = new DeskClient(port).get(link);
    assertThat(confirmed.statusCode()).isEqualTo(200);
    assertThat(Jsoup.parse(confirmed.body()).selectFirst("h1").text())
        .isEqualTo("You are subscribed");
    return confirmation;
  }

  Article publishNow(String title) {
    long section = sections.findBySlug("americas").orElseThrow().id();
    return publisher.create(
        new Manuscript(
            "en",
            title,
            "",
            "A standfirst about " + title + ".",
            "<p>Body of " + title + ".</p>",
            section,
            List.of(),
            List.of(),
            List.of(),
            null),
        ArticleStatus.PUBLISHED,
        Instant.now());
  }

  @Test
  void aReaderOfOneLanguageGetsMailInIt() {
    String reader = unique("lector");
    signUp(reader, Map.of("section", "americas", "language", "es", "frequency", "daily"));
    MimeMessage confirmation = TestMail.await(reader, 1).getFirst();
    assertThat(TestMail.subject(confirmation))
        .isEqualTo("Confirme su suscripción a In Defence of Marxism (demo)");
    String html = TestMail.part(confirmation, "text/html");
    assertThat(html).contains("<html lang=\"es\"").contains("Confirmar mi suscripción");
    assertThat(TestMail.part(confirmation, "text/plain")).contains("Confirmar mi suscripción:");
  }

  @Test
  void aReaderSignsUpConfirmsGetsADigestAndUnsubscribesInOneClick() {
    String reader = unique("reader");
    assertThat(
            signUp(reader, Map.of("section", "americas", "language", "en", "frequency", "daily"))
                .headers()
                .firstValue("Location")
                .orElseThrow())
        .endsWith("/newsletter/check");
    MimeMessage confirmation = TestMail.await(reader, 1).getFirst();
    assertThat(TestMail.subject(confirmation)).startsWith("Confirm your subscription");
    assertThat(TestMail.part(confirmation, "text/html")).contains("Confirm my subscription");

    // Nothing but the confirmation goes out before the reader confirms.
    Article early = publishNow("Before confirming " + System.nanoTime());
    new DeskClient(port)
        .signIn("editor@example.org", PASSWORD)
        .submit("/desk/newsletters/articles/" + early.id() + "/send", Map.of());
    TestMail.pause(500);
    assertThat(TestMail.to(reader)).hasSize(1);

    String link = TestMail.link(TestMail.part(confirmation, "text/plain"), "/newsletter/confirm");
    assertThat(new DeskClient(port).get(link).statusCode()).isEqualTo(200);
    assertThat(new DeskClient(port).get(link.replaceAll(".$", "x")).statusCode())
        .as("a tampered link")
        .isEqualTo(404);

    String title = "Digest news " + System.nanoTime();
    publishNow(title);
    assertThat(digests.planDue(Instant.now().plusSeconds(24 * 3600))).isPositive();
    MimeMessage digest = TestMail.await(reader, 2).get(1);
    assertThat(TestMail.subject(digest)).contains("daily digest");
    assertThat(TestMail.part(digest, "text/plain")).contains(title);
    assertThat(TestMail.part(digest, "text/html")).contains(title);
    String unsubscribe = TestMail.header(digest, "List-Unsubscribe");
    assertThat(TestMail.header(digest, "List-Unsubscribe-Post"))
        .isEqualTo("List-Unsubscribe=One-Click");
    assertThat(unsubscribe).startsWith("<http").endsWith(">");

    // RFC 8058: a POST with this exact body, no cookie, no CSRF token.
    String path = TestMail.link(unsubscribe, "/newsletter/unsubscribe");
    HttpResponse<String> gone =
        new DeskClient(port)
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
                    .build());
    assertThat(gone.statusCode()).isEqualTo(200);
    assertThat(Jsoup.parse(gone.body()).selectFirst("h1").text()).isEqualTo("You are unsubscribed");

    publishNow("After leaving " + System.nanoTime());
    digests.planDue(Instant.now().plusSeconds(3 * 24 * 3600));
    Article later = publishNow("Sent after leaving " + System.nanoTime());
    new DeskClient(port)
        .signIn("editor@example.org", PASSWORD)
        .submit("/desk/newsletters/articles/" + later.id() + "/send", Map.of());
    TestMail.pause(1000);
    assertThat(TestMail.to(reader)).hasSize(2);
  }

  @Test
  void staffSendAnArticleToEverySubscriberOnce() {
    String one = unique("one");
    String two = unique("two");
    subscribe(one, Map.of());
    subscribe(two, Map.of("frequency", "daily"));
    Article article = publishNow("Sent by hand " + System.nanoTime());
    assertThat(
            new DeskClient(port)
                .signIn("author@example.org", PASSWORD)
                .submit("/desk/newsletters/articles/" + article.id() + "/send", Map.of())
                .statusCode())
        .isEqualTo(403);
    DeskClient editor = new DeskClient(port).signIn("editor@example.org", PASSWORD);
    assertThat(
            editor
                .submit("/desk/newsletters/articles/" + article.id() + "/send", Map.of())
                .statusCode())
        .isEqualTo(302);
    for (String reader : List.of(one, two)) {
      MimeMessage mail = TestMail.await(reader, 2).get(1);
      assertThat(TestMail.subject(mail)).isEqualTo(article.title());
      assertThat(TestMail.part(mail, "text/html")).contains("Body of " + article.title());
      assertThat(TestMail.part(mail, "text/plain")).contains("A standfirst about");
      assertThat(TestMail.header(mail, "Message-ID")).startsWith("<newsletter.");
    }
    TestMail.pause(500);
    assertThat(TestMail.to(one)).hasSize(2);
    assertThat(editor.get("/desk/newsletters").body()).contains("sent: ");
  }

  @Test
  void signUpAnswersTheSameWhateverTheAddressAndLimitsEachAddress() {
    String subscribed = unique("subscribed");
    subscribe(subscribed, Map.of());
    String fresh = unique("fresh");
    HttpResponse<String> forSubscribed = signUp(subscribed, Map.of());
    HttpResponse<String> forFresh = signUp(fresh, Map.of());
    HttpResponse<String> forPending = signUp(fresh, Map.of());
    for (HttpResponse<String> answer : List.of(forSubscribed, forFresh, forPending)) {
      assertThat(answer.statusCode()).isEqualTo(303);
      assertThat(answer.headers().firstValue("Location").orElseThrow())
          .endsWith("/newsletter/check");
      assertThat(answer.body()).isEmpty();
    }
    // The subscribed address is reminded of its preferences link, never confirmed again.
    MimeMessage reminder = TestMail.await(subscribed, 2).get(1);
    assertThat(TestMail.subject(reminder)).startsWith("You already receive");
    assertThat(TestMail.part(reminder, "text/plain")).contains("/newsletter/preferences?token=");

    // Three sign-ups an hour per address (the test setting); the rest are dropped silently.
    signUp(fresh, Map.of());
    signUp(fresh, Map.of());
    TestMail.pause(800);
    assertThat(TestMail.to(fresh)).hasSize(3);
    assertThat(signUp("not an address", Map.of()).statusCode()).isEqualTo(400);
  }

  @Test
  void preferencesChangeByTheSignedLinkWithoutAnAccount() {
    String reader = unique("prefs");
    subscribe(reader, Map.of("frequency", "weekly"));
    signUp(reader, Map.of());
    MimeMessage reminder = TestMail.await(reader, 2).get(1);
    String link = TestMail.link(TestMail.part(reminder, "text/plain"), "/newsletter/preferences");
    DeskClient browser = new DeskClient(port);
    var page = Jsoup.parse(browser.get(link).body());
    assertThat(page.selectFirst("input[value=weekly]").hasAttr("checked")).isTrue();
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("_csrf", page.selectFirst("input[name=_csrf]").attr("value"));
    fields.put("token", page.selectFirst("input[name=token]").attr("value"));
    fields.put("frequency", "daily");
    assertThat(browser.post("/newsletter/preferences", fields).statusCode()).isEqualTo(303);
    assertThat(
            Jsoup.parse(browser.get(link).body())
                .selectFirst("input[value=daily]")
                .hasAttr("checked"))
        .isTrue();
    assertThat(new DeskClient(port).get("/newsletter/preferences?token=1.m.forged").statusCode())
        .isEqualTo(404);
  }

  @Test
  void aHardBounceFromTheSignedWebhookStopsFurtherMail() {
    String reader = unique("bouncing");
    subscribe(reader, Map.of());
    String body = "{\"type\":\"bounce\",\"hard\":true,\"email\":\"" + reader + "\"}";
    String now = Long.toString(Instant.now().getEpochSecond());
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/webhooks/mail-events"))
            .header("Content-Type", "application/json")
            .header(WebhookSignature.TIMESTAMP_HEADER, now)
            .POST(HttpRequest.BodyPublishers.ofString(body));
    DeskClient client = new DeskClient(port);
    assertThat(
            client
                .send(
                    request
                        .copy()
                        .header(
                            WebhookSignature.SIGNATURE_HEADER,
                            WebhookSignature.sign(
                                "wrong", now, body.getBytes(StandardCharsets.UTF_8)))
                        .build())
                .statusCode())
        .isEqualTo(401);
    assertThat(
            client
                .send(
                    request
                        .header(
                            WebhookSignature.SIGNATURE_HEADER,
                            WebhookSignature.sign(
                                "test-mail-secret", now, body.getBytes(StandardCharsets.UTF_8)))
                        .build())
                .statusCode())
        .isEqualTo(200);
    assertThat(
            jdbc.sql("SELECT status FROM subscribers WHERE email = ?")
                .param(reader)
                .query(String.class)
                .single())
        .isEqualTo("bounced");
    Article article = publishNow("After the bounce " + System.nanoTime());
    new DeskClient(port)
        .signIn("editor@example.org", PASSWORD)
        .submit("/desk/newsletters/articles/" + article.id() + "/send", Map.of());
    signUp(reader, Map.of());
    TestMail.pause(800);
    assertThat(TestMail.to(reader)).hasSize(1);
  }
}
