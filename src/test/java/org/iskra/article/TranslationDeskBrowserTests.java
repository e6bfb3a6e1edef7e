package org.iskra.article;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
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

/** Translating an article in a real browser, and seeing it fall behind its original. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"iskra.schedule.initial-delay=1h", "iskra.publication.editions=es,pt,fr"})
class TranslationDeskBrowserTests {

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
  @Autowired ArticlePublisher publisher;
  @Autowired Articles articles;

  @BeforeAll
  static void startBrowser() {
    chromium = Chromium.launch();
  }

  @AfterAll
  static void stopBrowser() {
    chromium.close();
  }

  @Test
  void anEditorTranslatesAnArticleBesideItsOriginalAndSeesItFallBehind() {
    String base = "http://127.0.0.1:" + port;
    accounts.create("clara@example.org", "Clara", Role.EDITOR, PASSWORD);
    Article original =
        publisher.create(
            new Manuscript(
                "en",
                "Dockworkers strike across the Pacific coast",
                "",
                "Ports from Callao to Valparaíso stood still.",
                "<p>The strike began at dawn.</p><p>By noon no ship had been unloaded.</p>",
                sections.findBySlug("americas").orElseThrow().id(),
                List.of(),
                List.of(),
                List.of("PE", "CL"),
                null),
            ArticleStatus.PUBLISHED,
            null);

    try (BrowserContext context = chromium.newContext()) {
      Page page = context.newPage();
      Chromium.signIn(page, base, "clara@example.org", PASSWORD);
      page.navigate(base + "/desk/articles/" + original.id());
      page.locator("#translate-language").selectOption(new SelectOption().setLabel("Español"));
      page.getByText("Translate", new Page.GetByTextOptions().setExact(true)).click();

      assertThat(page.locator("#original-title"))
          .hasText("Dockworkers strike across the Pacific coast");
      assertThat(page.locator("#original .original__body"))
          .containsText("The strike began at dawn.");
      assertThat(page.locator("#language")).hasValue("es");
      page.locator("#title").fill("Huelga portuaria en la costa del Pacífico");
      page.locator("#standfirst").fill("Los puertos de Callao a Valparaíso se detuvieron.");
      page.waitForFunction(
          "() => window.tinymce && tinymce.get('body') && tinymce.get('body').initialized");
      page.frameLocator("#body_ifr").locator("body").click();
      page.keyboard().press("Control+A");
      page.keyboard().type("La huelga empezó al amanecer.");
      page.getByText("Publish now").click();

      assertThat(page.locator("#article-state")).hasText("published");
      assertThat(page.locator("h1")).hasText("Huelga portuaria en la costa del Pacífico");
      assertThat(page.locator("#original-title"))
          .hasText("Dockworkers strike across the Pacific coast");
      long translation = Long.parseLong(page.url().replaceAll(".*/articles/(\\d+).*", "$1"));
      Article stored = articles.findById(translation).orElseThrow();
      assertThat(stored.translationGroup()).isEqualTo(original.translationGroup());
      assertThat(stored.body()).contains("La huelga empezó al amanecer.");
      assertThat(stored.countryCodes()).containsExactlyInAnyOrder("PE", "CL");

      page.navigate(base + "/desk/articles/" + original.id());
      assertThat(page.locator("#translations li[data-language=es] a"))
          .hasText("Huelga portuaria en la costa del Pacífico");
      page.locator("#standfirst").fill("Ports from Callao to Valparaíso stood still for a week.");
      page.getByText("Update", new Page.GetByTextOptions().setExact(true)).click();
      assertThat(page.locator(".notice--ok")).hasText("Saved.");

      page.navigate(base + "/desk/articles");
      assertThat(page.locator("tr[data-id='" + translation + "'] .status--outdated"))
          .hasText("out of date");
      page.locator("tr[data-id='" + translation + "'] a").first().click();
      assertThat(page.locator("#original-changes")).containsText("Out of date");
      assertThat(page.locator("#original-changes [data-field=Standfirst] ins"))
          .containsText("for a week.");

      page.navigate(base + "/desk/translations?language=es");
      assertThat(page.locator("#outdated tr[data-id='" + translation + "']")).isVisible();
    }
  }
}
