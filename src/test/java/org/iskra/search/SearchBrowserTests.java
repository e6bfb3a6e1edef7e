package org.iskra.search;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.iskra.store.TestDatabases;
import org.iskra.testing.Chromium;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The search page in a browser: it works from the masthead and suggests while one types. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchBrowserTests {

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry registry) {
    TestDatabases.emptyDatabaseProperties(TestDatabases.Kind.SQLITE)
        .forEach((k, v) -> registry.add(k, () -> v));
  }

  @LocalServerPort int port;

  @Test
  void aReaderSearchesFromTheMastheadNarrowsByFacetAndGetsSuggestions() {
    String base = "http://127.0.0.1:" + port;
    try (Chromium chromium = Chromium.launch();
        BrowserContext context = chromium.newContext()) {
      Page page = context.newPage();
      page.navigate(base + "/");
      page.locator("#masthead-q").fill("argentina");
      page.locator("#masthead-q").press("Enter");
      page.waitForURL(url -> url.contains("/search?q=argentina"));
      page.waitForCondition(
          () -> {
            if (page.locator(".search-hit").count() > 0) {
              return true;
            }
            page.reload();
            return false;
          });
      assertThat(page.locator(".search-hit").first()).containsText("Argentina");
      page.locator(".facet a[data-facet=section][data-key=americas]").click();
      assertThat(page.locator(".facet a[aria-current]")).hasAttribute("data-key", "americas");

      page.locator("#search-q").fill("");
      page.locator("#search-q").pressSequentially("kissin");
      assertThat(page.locator("#search-suggestions a").first()).containsText("Kissinger");
      page.locator("#search-q").press("ArrowDown");
      page.locator("#search-q").press("Enter");
      page.waitForURL(url -> url.contains("henry-kissinger"));
      assertThat(page.locator("h1")).containsText("Henry Kissinger");
    }
  }
}
