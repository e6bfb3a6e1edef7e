package org.iskra.article;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.iskra.account.AccountRegistry;
import org.iskra.account.Role;
import org.iskra.store.TestDatabases;
import org.iskra.testing.Chromium;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Stored cross-site scripting, tried the way an attacker with a desk account would: hundreds of
 * payloads published through the editor's form in the body, title, standfirst, tag and author names
 * and image alt text, then every page that shows them opened in Chromium with the
 * Content-Security-Policy switched off, so that only the sanitiser and the templates' escaping
 * stand in the way. Every script that runs is counted; there must be none.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ArticleXssBrowserTests {

  static final String PASSWORD = "a long enough passphrase";

  /**
   * Script elements a browser would run, but the site's own (the search page's suggestions):
   * JSON-LD ({@code application/ld+json}) is data.
   */
  static final String SCRIPTS = "script:not([type='application/ld+json']):not([src^='/assets/'])";

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry registry) {
    TestDatabases.emptyDatabaseProperties(TestDatabases.Kind.SQLITE)
        .forEach((k, v) -> registry.add(k, () -> v));
  }

  @LocalServerPort int port;
  @Autowired AccountRegistry accounts;

  @Test
  void noStoredPayloadRunsOnThePublicSiteOrInTheDesk() throws IOException {
    String base = "http://127.0.0.1:" + port;
    accounts.create("mallory@example.org", "Mallory", Role.EDITOR, PASSWORD);
    List<String> vectors = vectors();
    List<String> hits = Collections.synchronizedList(new ArrayList<>());

    try (Chromium chromium = Chromium.launch();
        BrowserContext context = chromium.newContextIgnoringCsp()) {
      context.exposeFunction(
          "xssHit",
          args -> {
            hits.add(String.valueOf(args.length > 0 ? args[0] : "?"));
            return null;
          });
      context.addInitScript("window.XSS = function () { window.xssHit('entity-encoded'); };");
      Page page = context.newPage();
      page.onDialog(
          dialog -> {
            hits.add("dialog: " + dialog.message());
            dialog.dismiss();
          });
      Chromium.signIn(page, base, "mallory@example.org", PASSWORD);
      page.navigate(base + "/desk/articles/new");
      String token = page.locator("meta[name=csrf-token]").getAttribute("content");
      String section = page.locator("#section option").nth(1).getAttribute("value");

      int payloads = 0;
      List<Long> ids = new ArrayList<>();
      for (int n = 0; n < vectors.size(); n++) {
        String vector = vectors.get(n).replace("XSS()", "xssHit(" + n + ")");
        APIResponse created = publish(page, base, token, section, n, vector);
        if (created.status() == 422) {
          // Images without alt text are refused for publishing; describe them and try again,
          // keeping the rest of the payload as it was.
          assertThat(created.text()).contains("alt text");
          vector = vector.replaceAll("(?i)<(img|image)", "<$1 alt=\"described\"");
          created = publish(page, base, token, section, n, vector);
        }
        assertThat(created.status()).as("publishing vector %d: %s", n, vector).isEqualTo(302);
        String location = created.headers().get("location");
        ids.add(Long.parseLong(location.replaceAll(".*/desk/articles/(\\d+).*", "$1")));
        payloads += 6; // body, title, standfirst, author, tag, alt text (and a caption)
      }
      assertThat(payloads).isGreaterThanOrEqualTo(300);

      List<String> publicPages =
          new ArrayList<>(
              List.of(
                  "/feed.xml",
                  "/atom.xml",
                  "/feed.json",
                  "/americas/feed.xml",
                  "/americas/atom.xml",
                  "/search?q=xss",
                  "/search?q=xss&page=2",
                  "/search?q=script+onerror",
                  "/",
                  "/americas",
                  "/americas?page=2",
                  "/americas?page=3",
                  "/archive"));
      for (long id : ids) {
        page.navigate(base + "/desk/articles/" + id + "/view");
        assertThat(page.locator("h1").textContent()).startsWith("XSS ");
        assertThat(page.locator(SCRIPTS).count()).as("scripts on %s", page.url()).isZero();
        if (publicPages.size() < 20) {
          publicPages.add(page.locator(".tags a").first().getAttribute("href"));
          publicPages.add(page.locator(".byline a").first().getAttribute("href"));
        }
      }
      for (String path : publicPages) {
        page.navigate(base + path);
        assertThat(page.locator(SCRIPTS).count()).as("scripts on %s", path).isZero();
      }
      for (String path :
          List.of(
              "/desk",
              "/desk/articles",
              "/desk/articles?page=2",
              "/desk/articles?page=3",
              "/desk/audit")) {
        page.navigate(base + path);
      }
      for (long id : ids.subList(0, 8)) {
        page.navigate(base + "/desk/articles/" + id);
        page.waitForFunction(
            "() => window.tinymce && tinymce.get('body') && tinymce.get('body').initialized");
        page.navigate(base + "/desk/articles/" + id + "/revisions");
      }
      page.waitForTimeout(500);
    }
    assertThat(hits).as("scripts that ran").isEmpty();
  }

  private static APIResponse publish(
      Page page, String base, String token, String section, int n, String vector) {
    return page.request()
        .post(
            base + "/desk/articles",
            RequestOptions.create()
                .setMaxRedirects(0)
                .setForm(
                    FormData.create()
                        .set("_csrf", token)
                        .set("title", "XSS " + n + " " + vector)
                        .set("standfirst", vector)
                        .set(
                            "body",
                            vector
                                + "<p>Body "
                                + n
                                + "</p><figure class=\"image\"><img src=\"/assets/favicon.svg\""
                                + " alt=\""
                                + vector.replace("\"", "&quot;")
                                + "\"><figcaption>"
                                + vector
                                + "</figcaption></figure>")
                        .set("section", section)
                        .set("authors", name("Author " + n + " " + vector))
                        .set("tags", name("Tag " + n + " " + vector))
                        .set("language", "en")
                        .set("action", "publish")));
  }

  /** Bylines and tags are comma-separated in the form, so a comma would split the payload. */
  private static String name(String text) {
    String clean = text.replace(",", " ");
    return clean.length() > 110 ? clean.substring(0, 110) : clean;
  }

  private static List<String> vectors() throws IOException {
    try (InputStream in = ArticleXssBrowserTests.class.getResourceAsStream("/xss-vectors.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .toList();
    }
  }
}
