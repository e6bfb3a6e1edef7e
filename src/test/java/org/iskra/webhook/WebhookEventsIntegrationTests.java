package org.iskra.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iskra.account.AccountRegistry;
import org.iskra.account.Role;
import org.iskra.campaign.Appeal;
import org.iskra.campaign.Fundraising;
import org.iskra.newsletter.Subscriber;
import org.iskra.newsletter.Subscriptions;
import org.iskra.signature.WebhookSignature;
import org.iskra.testing.DeskClient;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The webhook events of appeals and newsletters over real HTTP on each store: a payment delivered
 * to the payment webhook and a subscription confirmed from the link in a real mail (GreenMail) each
 * reach a receiver started here, signed with the endpoint's secret, once, and without what is not
 * the receiver's business (the donor).
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "iskra.demo.enabled=false",
      "iskra.campaign.payment-webhook-secret=" + WebhookEventsIntegrationTests.PAYMENT_SECRET,
      "iskra.webhooks.allow-private-addresses=true",
      "iskra.webhooks.poll-interval=200ms",
      "iskra.webhooks.retry-base=300ms",
      "spring.mail.host=127.0.0.1",
      "iskra.newsletter.rate-per-minute=6000",
      "iskra.newsletter.poll-interval=100ms",
      "iskra.newsletter.digest-check-initial-delay=1h",
      "iskra.schedule.initial-delay=1h",
      "spring.datasource.hikari.maximum-pool-size=4"
    })
// Closed after the class, with a small pool: the shared PostgreSQL server has a hundred slots.
@DirtiesContext
abstract class WebhookEventsIntegrationTests {

  static final String PAYMENT_SECRET = "test-payment-secret";
  static final String PASSWORD = "a long enough passphrase";
  static final JsonMapper JSON = JsonMapper.builder().build();
  static final GreenMail MAIL = startMail();

  @LocalServerPort int port;
  @Autowired AccountRegistry accounts;
  @Autowired Fundraising fundraising;
  @Autowired Subscriptions subscriptions;

  record Received(String signature, String eventId, String eventType, String body) {}

  final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
  HttpServer receiver;
  DeskClient editor;

  static GreenMail startMail() {
    int free;
    try (ServerSocket socket = new ServerSocket(0)) {
      free = socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    GreenMail mail = new GreenMail(new ServerSetup(free, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    mail.start();
    return mail;
  }

  static int mailPort() {
    return MAIL.getSmtp().getPort();
  }

  @BeforeEach
  void receiverAndEditor() throws IOException {
    if (accounts.find("editor@example.org").isEmpty()) {
      accounts.create("editor@example.org", "editor", Role.EDITOR, PASSWORD);
    }
    receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext(
        "/hook",
        exchange -> {
          received.add(
              new Received(
                  exchange.getRequestHeaders().getFirst("Iskra-Signature"),
                  exchange.getRequestHeaders().getFirst("Iskra-Event-Id"),
                  exchange.getRequestHeaders().getFirst("Iskra-Event-Type"),
                  new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    receiver.start();
    editor = new DeskClient(port).signIn("editor@example.org", PASSWORD);
  }

  @AfterEach
  void stopReceiver() {
    receiver.stop(0);
  }

  /** Registers the receiver in the desk for these events; returns the signing secret. */
  String register(String... events) {
    String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    String form =
        DeskClient.form(Map.of("url", url, "_csrf", editor.token()))
            + Arrays.stream(events).map(e -> "&event=" + e).reduce("", String::concat);
    HttpResponse<String> registered =
        editor.send(
            HttpRequest.newBuilder(URI.create(editor.base() + "/desk/webhooks"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    assertThat(registered.statusCode()).isEqualTo(302);
    var page = Jsoup.parse(editor.get("/desk/webhooks").body());
    assertThat(page.selectFirst("tr[data-endpoint] td:nth-child(2)").text())
        .contains(Arrays.asList(events));
    return page.selectFirst("code.secret").text();
  }

  /** The next delivery, checked against the secret: signature, headers and event type. */
  JsonNode nextDelivery(String secret, String type) throws InterruptedException {
    Received delivery = received.poll(20, TimeUnit.SECONDS);
    assertThat(delivery).as("a " + type + " delivery").isNotNull();
    String t = delivery.signature().replaceAll("^t=(\\d+),v1=.*$", "$1");
    String v1 = delivery.signature().replaceAll("^t=\\d+,v1=([0-9a-f]{64})$", "$1");
    assertThat(v1).isEqualTo(DeliverySignature.hmac(secret, t + "." + delivery.body()));
    assertThat(delivery.eventType()).isEqualTo(type);
    JsonNode payload = JSON.readTree(delivery.body());
    assertThat(payload.get("type").asString()).isEqualTo(type);
    assertThat(payload.get("id").asString()).isEqualTo(delivery.eventId());
    return payload;
  }

  void assertNothingMore() throws InterruptedException {
    assertThat(received.poll(1500, TimeUnit.MILLISECONDS)).isNull();
  }

  HttpResponse<String> pay(String body) {
    String now = Long.toString(Instant.now().getEpochSecond());
    return new DeskClient(port)
        .send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/webhooks/payments"))
                .header("Content-Type", "application/json")
                .header(WebhookSignature.TIMESTAMP_HEADER, now)
                .header(
                    WebhookSignature.SIGNATURE_HEADER,
                    WebhookSignature.sign(
                        PAYMENT_SECRET, now, body.getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
  }

  @Test
  void theDeskOffersEveryEvent() {
    var boxes = Jsoup.parse(editor.get("/desk/webhooks").body()).select("input[name=event]");
    assertThat(boxes.eachAttr("value"))
        .containsExactly(
            "article.published",
            "article.updated",
            "article.unpublished",
            "article.deleted",
            "donation.recorded",
            "donation.refunded",
            "subscriber.confirmed");
  }

  @Test
  void aPaymentAndItsRefundAreDeliveredOnceWithoutTheDonor() throws Exception {
    String secret = register("donation.recorded", "donation.refunded");
    Appeal appeal =
        fundraising.create(
            "Hook appeal " + System.nanoTime(),
            "",
            "1000.00",
            "EUR",
            Instant.parse("2025-01-01T00:00:00Z"),
            null);
    String paymentId = "pay_" + System.nanoTime();
    String payment =
        """
        {"type":"payment.succeeded","id":"%s","appeal":"%s","amount":2550,"currency":"EUR",\
        "donor":"Jane Reader <jane@example.org>"}"""
            .formatted(paymentId, appeal.slug());
    assertThat(pay(payment).body()).contains("recorded");

    JsonNode recorded = nextDelivery(secret, "donation.recorded");
    JsonNode data = recorded.get("data");
    assertThat(data.get("appealId").asLong()).isEqualTo(appeal.id());
    assertThat(data.get("appealSlug").asString()).isEqualTo(appeal.slug());
    assertThat(data.get("amountMinor").asLong()).isEqualTo(2550);
    assertThat(data.get("currency").asString()).isEqualTo("EUR");
    assertThat(data.get("paymentId").asString()).isEqualTo(paymentId);
    assertThat(data.get("source").asString()).isEqualTo("payment");
    assertThat(Instant.parse(data.get("recordedAt").asString())).isBefore(Instant.now());
    assertThat(recorded.toString()).doesNotContain("Jane").doesNotContain("jane@example.org");

    // The provider delivers the same payment again: counted once, announced once.
    assertThat(pay(payment).body()).contains("duplicate");
    assertNothingMore();

    String refundId = "re_" + System.nanoTime();
    pay(
        """
        {"type":"payment.refunded","id":"%s","payment":"%s","amount":550,"currency":"EUR"}"""
            .formatted(refundId, paymentId));
    JsonNode refunded = nextDelivery(secret, "donation.refunded").get("data");
    assertThat(refunded.get("amountMinor").asLong()).isEqualTo(550);
    assertThat(refunded.get("refundId").asString()).isEqualTo(refundId);
    assertThat(refunded.get("paymentId").asString()).isEqualTo(paymentId);
    assertThat(refunded.get("appealSlug").asString()).isEqualTo(appeal.slug());

    // A gift staff record by hand: no payment id, and neither the donor nor who recorded it.
    fundraising.recordByHand(
        appeal.id(), "12.00", "EUR", "Desk Donor", "editor@example.org", false);
    JsonNode byHand = nextDelivery(secret, "donation.recorded");
    assertThat(byHand.get("data").get("amountMinor").asLong()).isEqualTo(1200);
    assertThat(byHand.get("data").get("source").asString()).isEqualTo("desk");
    assertThat(byHand.get("data").get("paymentId").isNull()).isTrue();
    assertThat(byHand.toString()).doesNotContain("Desk Donor").doesNotContain("editor@");

    // A payment the appeal refuses (another currency) is rolled back and announces nothing.
    pay(
        """
        {"type":"payment.succeeded","id":"pay_x%d","appeal":"%s","amount":100,"currency":"USD"}"""
            .formatted(System.nanoTime(), appeal.slug()));
    assertNothingMore();
  }

  @Test
  void aConfirmedSubscriptionIsDeliveredOnceWithTheAddress() throws Exception {
    String secret = register("subscriber.confirmed");
    String reader = "reader-" + System.nanoTime() + "@example.org";
    subscriptions.signUp(reader, Subscriber.Frequency.DAILY, List.of(), List.of("en", "es"));
    assertNothingMore();

    String link = confirmationLink(reader);
    assertThat(new DeskClient(port).get(link).statusCode()).isEqualTo(200);
    JsonNode data = nextDelivery(secret, "subscriber.confirmed").get("data");
    Subscriber subscriber =
        subscriptions.recent(10).stream()
            .filter(s -> s.email().equals(reader))
            .findFirst()
            .orElseThrow();
    assertThat(data.get("subscriberId").asLong()).isEqualTo(subscriber.id());
    assertThat(data.get("email").asString()).isEqualTo(reader);
    assertThat(data.get("frequency").asString()).isEqualTo("daily");
    assertThat(data.get("languages").toString()).isEqualTo("[\"en\",\"es\"]");
    assertThat(data.get("sections").toString()).isEqualTo("[]");
    assertThat(data.propertyNames())
        .containsExactly(
            "subscriberId", "email", "frequency", "sections", "languages", "confirmedAt");

    // Following the link again confirms nothing new.
    assertThat(new DeskClient(port).get(link).statusCode()).isEqualTo(200);
    assertNothingMore();
  }

  /** Waits for the confirmation mail and returns its link's path and query. */
  static String confirmationLink(String address) throws Exception {
    long deadline = System.currentTimeMillis() + 20_000;
    while (System.currentTimeMillis() < deadline) {
      for (MimeMessage message : MAIL.getReceivedMessages()) {
        if (isTo(message, address)) {
          Matcher link =
              Pattern.compile("https?://[^/\\s]+(/newsletter/confirm[^\\s<>\"]*)")
                  .matcher(plainText(message.getContent()));
          assertThat(link.find()).as("a confirmation link").isTrue();
          return link.group(1);
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError("No confirmation mail for " + address);
  }

  private static String plainText(Object content) throws Exception {
    if (content instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart part = multipart.getBodyPart(i);
        String text =
            part.isMimeType("text/plain")
                ? part.getContent().toString()
                : plainText(part.getContent());
        if (!text.isEmpty()) {
          return text;
        }
      }
      return "";
    }
    return content instanceof String text ? text : "";
  }

  private static boolean isTo(MimeMessage message, String address) throws MessagingException {
    return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
        .anyMatch(a -> a.toString().equalsIgnoreCase(address));
  }
}
