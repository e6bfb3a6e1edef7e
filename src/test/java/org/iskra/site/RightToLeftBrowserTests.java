package org.iskra.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.iskra.article.Article;
import org.iskra.article.ArticlePublisher;
import org.iskra.article.ArticleStatus;
import org.iskra.article.Manuscript;
import org.iskra.section.Sections;
import org.iskra.store.TestDatabases;
import org.iskra.testing.Chromium;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An Arabic article in a browser: the page mirrors, quotes hang on the right, words stay joined.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RightToLeftBrowserTests {

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry registry) {
    TestDatabases.emptyDatabaseProperties(TestDatabases.Kind.SQLITE)
        .forEach((k, v) -> registry.add(k, () -> v));
  }

  @LocalServerPort int port;
  @Autowired ArticlePublisher publisher;
  @Autowired Sections sections;

  @Test
  void anArabicArticleIsLaidOutRightToLeft() {
    Article arabic =
        publisher.create(
            new Manuscript(
                "ar",
                "غزة: العدوان والرد",
                "",
                "مقال تجريبي باللغة العربية عن الحرب.",
                "<p>الفقرة الأولى من المقال.</p><blockquote><p>اقتباس من خطاب.</p></blockquote>"
                    + "<ul><li>نقطة أولى</li></ul>",
                sections.findBySlug("middle-east").orElseThrow().id(),
                List.of(),
                List.of(),
                List.of("PS"),
                null),
            ArticleStatus.PUBLISHED,
            Instant.parse("2011-01-01T10:00:00Z"));
    try (Chromium chromium = Chromium.launch();
        BrowserContext context = chromium.newContext()) {
      Page page = context.newPage();
      page.setViewportSize(1000, 900);
      page.navigate("http://127.0.0.1:" + port + "/middle-east/" + arabic.slug());
      assertThat(page.locator("html").getAttribute("dir")).isEqualTo("rtl");
      assertThat(style(page, ".article__title", "direction")).isEqualTo("rtl");
      // The quote's rule and the list's indent are on the right, where an Arabic line starts.
      assertThat(style(page, ".article__body blockquote", "border-right-width")).isEqualTo("3px");
      assertThat(style(page, ".article__body blockquote", "border-left-width")).isEqualTo("0px");
      assertThat(style(page, ".article__body ul", "padding-left")).isEqualTo("0px");
      assertThat(style(page, ".article__body ul", "padding-right")).isNotEqualTo("0px");
      // Arabic letters join: no spacing between them, even where Latin headings are spaced.
      assertThat(style(page, ".sections ul", "letter-spacing")).isEqualTo("normal");
      // The headline starts on the right of its column.
      double titleRight = right(page, ".article__title");
      double bodyRight = right(page, ".article__body p");
      assertThat(Math.abs(titleRight - bodyRight)).isLessThan(2);
      assertThat(left(page, ".article__kicker a")).isGreaterThan(left(page, ".article__body p"));
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(Path.of("target", "rtl-article.png"))
              .setFullPage(true));
    }
  }

  private static String style(Page page, String selector, String property) {
    return (String)
        page.evalOnSelector(
            selector, "(e, p) => getComputedStyle(e).getPropertyValue(p)", property);
  }

  private static double right(Page page, String selector) {
    return ((Number) page.evalOnSelector(selector, "e => e.getBoundingClientRect().right"))
        .doubleValue();
  }

  private static double left(Page page, String selector) {
    return ((Number) page.evalOnSelector(selector, "e => e.getBoundingClientRect().left"))
        .doubleValue();
  }
}
