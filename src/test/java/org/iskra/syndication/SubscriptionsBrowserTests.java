package org.iskra.syndication;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.iskra.account.AccountRegistry;
import org.iskra.account.Role;
import org.iskra.section.Sections;
import org.iskra.store.TestDatabases;
import org.iskra.testing.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** An editor subscribes to a partner's feed and republishes one of its stories, in a browser. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "iskra.demo.enabled=false",
      "iskra.syndication.allow-private-addresses=true",
      "iskra.syndication.check-interval=1h"
    })
class SubscriptionsBrowserTests {

  static final String PASSWORD = "a long enough passphrase";
  static Chromium chromium;

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry registry) {
    TestDatabases.emptyDatabaseProperties(TestDatabases.Kind.SQLITE)
        .forEach((k, v) -> registry.add(k, () -> v));
  }

  @LocalServerPort int port;
  @Autowired AccountRegistry accounts;
  @Autowired Sections sections;

  @BeforeAll
  static void startBrowser() {
    chromium = Chromium.launch();
  }

  @AfterAll
  static void stopBrowser() {
    chromium.close();
  }

  @Test
  void anEditorSubscribesReviewsAndRepublishesWithTheOriginalNamed() {
    accounts.create("clara@example.org", "Clara", Role.EDITOR, PASSWORD);
    sections.save("world", "World", "", 1);
    String base = "http://127.0.0.1:" + port;
    String original = "https://partner.example/2026/06/port-workers-vote";
    try (PartnerServer partner = new PartnerServer();
        BrowserContext context = chromium.newContext()) {
      partner.serve(
          "/feed.xml",
          PartnerServer.rss(
              "Partner Weekly",
              List.of(
                  new PartnerServer.Item(
                      "pw-1",
                      original,
                      "Port workers vote to strike",
                      "Tue, 02 Jun 2026 08:00:00 GMT",
                      "Rosa Díaz",
                      "<p>Dockers voted on Monday.</p>"),
                  new PartnerServer.Item(
                      "pw-2",
                      "https://partner.example/2026/06/tram-line",
                      "A new tram line",
                      "Mon, 01 Jun 2026 08:00:00 GMT",
                      "Luis Vega",
                      "<p>The line opens in May.</p>"))));
      Page page = context.newPage();
      Chromium.signIn(page, base, "clara@example.org", PASSWORD);

      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Partner feeds")).click();
      page.getByLabel("Feed address").fill(partner.url("/feed.xml"));
      page.getByLabel("Partner publication").fill("Partner Weekly");
      page.getByLabel("Republish into").selectOption("World");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Subscribe")).click();
      assertThat(page.locator("p.notice--ok"))
          .hasText("Subscribed to Partner Weekly. 2 new items in the queue.");

      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Review queue"))
          .first()
          .click();
      assertThat(page.locator(".queue-item h2"))
          .containsText(new String[] {"Port workers vote to strike", "A new tram line"});
      page.locator(".queue-item", new Page.LocatorOptions().setHasText("Port workers"))
          .getByRole(
              AriaRole.BUTTON,
              new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Republish as draft"))
          .click();

      assertThat(page.getByLabel("Original address")).hasValue(original);
      assertThat(page.getByLabel("Originally published by")).hasValue("Partner Weekly");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish now")).click();
      page.waitForURL(java.util.regex.Pattern.compile(".*\\?done=publish$"));

      page.navigate(base + "/world/port-workers-vote-to-strike");
      assertThat(page.locator(".article__source"))
          .hasText("Originally published by Partner Weekly — read the original.");
      assertThat(page.locator(".article__source a")).hasAttribute("href", original);
      assertThat(page.locator("link[rel=canonical]")).hasAttribute("href", original);
    }
  }
}
