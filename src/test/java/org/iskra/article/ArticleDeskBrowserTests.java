package org.iskra.article;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.RequestOptions;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.iskra.account.AccountRegistry;
import org.iskra.account.Role;
import org.iskra.publication.PublicationProfile;
import org.iskra.store.TestDatabases;
import org.iskra.testing.Chromium;
import org.iskra.testing.MutableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The article editor in a real browser: writing, publishing, scheduling, roles and conflicts. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"iskra.schedule.check-interval=200ms", "iskra.schedule.initial-delay=0s"})
class ArticleDeskBrowserTests {

  static final String PASSWORD = "a long enough passphrase";
  static final MutableClock CLOCK = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));

  static Chromium chromium;

  @TestConfiguration
  static class Clocks {
    @Bean
    @Primary
    MutableClock testClock() {
      return CLOCK;
    }
  }

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry registry) {
    TestDatabases.emptyDatabaseProperties(TestDatabases.Kind.SQLITE)
        .forEach((k, v) -> registry.add(k, () -> v));
  }

  @LocalServerPort int port;
  @Autowired AccountRegistry accounts;
  @Autowired PublicationProfile publication;

  String base;

  @BeforeAll
  static void startBrowser() {
    chromium = Chromium.launch();
  }

  @AfterAll
  static void stopBrowser() {
    chromium.close();
  }

  @BeforeEach
  void people() {
    base = "http://127.0.0.1:" + port;
    for (var person :
        List.of(
            List.of("clara@example.org", "Clara", "EDITOR"),
            List.of("marek@example.org", "Marek", "EDITOR"),
            List.of("cora@example.org", "Cora", "CONTRIBUTOR"))) {
      if (accounts.find(person.get(0)).isEmpty()) {
        accounts.create(person.get(0), person.get(1), Role.valueOf(person.get(2)), PASSWORD);
      }
    }
  }

  Page signedIn(BrowserContext context, String email) {
    Page page = context.newPage();
    Chromium.signIn(page, base, email, PASSWORD);
    return page;
  }

  static void writeBody(Page page, String html, String typed) {
    page.waitForFunction(
        "() => window.tinymce && tinymce.get('body') && tinymce.get('body').initialized");
    FrameLocator body = page.frameLocator("#body_ifr");
    body.locator("body").click();
    page.keyboard().type(typed);
    page.evaluate("html => tinymce.get('body').insertContent(html)", html);
  }

  /** Uploads a photograph through the editor's image dialog, as a person would. */
  static void insertUploadedImage(Page page, String description) {
    page.locator("button[aria-label='Insert/edit image']").click();
    page.locator(".tox-dialog .tox-tab", new Page.LocatorOptions().setHasText("Upload")).click();
    page.locator(".tox-dialog input[type=file]")
        .setInputFiles(
            new com.microsoft.playwright.options.FilePayload(
                "quay.jpg", "image/jpeg", photograph()));
    page.locator(".tox-dialog .tox-tab", new Page.LocatorOptions().setHasText("General")).waitFor();
    assertThat(page.locator(".tox-dialog input.tox-textfield").first())
        .hasValue(java.util.regex.Pattern.compile("^/media/"));
    page.getByLabel("Alternative description").fill(description);
    page.locator(".tox-dialog button", new Page.LocatorOptions().setHasText("Save")).click();
    page.locator(".tox-dialog")
        .waitFor(
            new com.microsoft.playwright.Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
  }

  static byte[] photograph() {
    var image =
        new java.awt.image.BufferedImage(1200, 800, java.awt.image.BufferedImage.TYPE_INT_RGB);
    var g = image.createGraphics();
    g.setPaint(
        new java.awt.GradientPaint(
            0, 0, java.awt.Color.DARK_GRAY, 1200, 800, java.awt.Color.ORANGE));
    g.fillRect(0, 0, 1200, 800);
    g.dispose();
    var bytes = new java.io.ByteArrayOutputStream();
    try {
      javax.imageio.ImageIO.write(image, "jpg", bytes);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  @Test
  void anEditorWritesAnArticleAndPublishesItOnItsSectionAndTheFrontPage() {
    try (BrowserContext context = chromium.newContext()) {
      Page page = signedIn(context, "clara@example.org");
      page.getByRole(
              com.microsoft.playwright.options.AriaRole.LINK,
              new Page.GetByRoleOptions().setName("Articles"))
          .first()
          .click();
      page.getByText("Write an article").first().click();
      page.locator("#title").fill("Dockworkers strike across the Pacific coast");
      page.locator("#standfirst").fill("Ports from Valparaíso to Callao stood still on Monday.");
      writeBody(
          page,
          "<h2>Why they struck</h2><p>Read <a href=\"https://example.org/report\">the union's report</a>.</p>",
          "The strike began at dawn. ");
      insertUploadedImage(page, "Dockers on the quay at Callao");
      page.locator("#section")
          .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Americas"));
      page.locator("#authors").fill("Ana Morales, Jorge Martín");
      page.locator("#tags").fill("Labour, Ports");
      page.locator("#countries").selectOption(new String[] {"CL", "PE"});
      page.getByText("Save draft").click();

      assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.STATUS).first())
          .containsText("Saved");
      assertThat(page.locator("#article-state")).hasText("draft");

      page.getByText("Publish now").click();
      assertThat(page.locator("#article-state")).hasText("published");

      Page reader = context.newPage();
      reader.navigate(base + "/americas");
      assertThat(reader.locator(".teasers h2 a, .teasers h3 a").first())
          .hasText("Dockworkers strike across the Pacific coast");
      reader.navigate(base + "/");
      assertThat(
              reader
                  .locator("main a", new Page.LocatorOptions().setHasText("Dockworkers strike"))
                  .first())
          .isVisible();
      reader
          .locator("main a", new Page.LocatorOptions().setHasText("Dockworkers strike"))
          .first()
          .click();
      assertThat(reader.locator(".article__body h2")).hasText("Why they struck");
      assertThat(reader.locator(".article__body a[href='https://example.org/report']"))
          .hasText("the union's report");
      assertThat(reader.locator(".article__body")).containsText("The strike began at dawn.");
      var image = reader.locator(".article__body img[alt='Dockers on the quay at Callao']");
      assertThat(image)
          .hasAttribute("srcset", java.util.regex.Pattern.compile("/media/.+ 480w, .+ 960w"));
      assertThat(image)
          .hasAttribute("src", java.util.regex.Pattern.compile("^/media/[^/]+/960\\.jpg$"));
      assertThat(
              reader.request().get(base + image.getAttribute("src")).headers().get("content-type"))
          .isEqualTo("image/jpeg");
      assertThat(reader.locator(".article__header .byline"))
          .containsText("Ana Morales, Jorge Martín");
    }
  }

  @Test
  void aScheduledArticleIsPublishedWhenItsTimeComes() {
    try (BrowserContext context = chromium.newContext()) {
      Page page = signedIn(context, "clara@example.org");
      page.navigate(base + "/desk/articles/new");
      page.locator("#title").fill("The general assembly meets at noon");
      writeBody(page, "<p>Agenda to follow.</p>", "");
      page.locator("#section")
          .selectOption(
              new com.microsoft.playwright.options.SelectOption().setLabel("Middle East"));
      ZoneId zone = publication.current().zone();
      Instant at = CLOCK.instant().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MINUTES);
      page.locator("#publishAt")
          .fill(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").format(at.atZone(zone)));
      page.getByText("Schedule", new Page.GetByTextOptions().setExact(true)).click();
      assertThat(page.locator("#article-state")).hasText("scheduled");

      Page reader = context.newPage();
      Response before = reader.navigate(base + "/middle-east");
      assertThat(before.status()).isEqualTo(200);
      assertThat(reader.locator("main")).not().containsText("The general assembly meets at noon");

      CLOCK.advance(Duration.ofHours(2));
      page.waitForCondition(
          () -> {
            reader.navigate(base + "/middle-east");
            return reader
                .locator("main")
                .textContent()
                .contains("The general assembly meets at noon");
          },
          new Page.WaitForConditionOptions().setTimeout(10_000));
      page.reload();
      assertThat(page.locator("#article-state")).hasText("published");
    }
  }

  @Test
  void aContributorWritesDraftsButCannotPublish() {
    try (BrowserContext context = chromium.newContext()) {
      Page page = signedIn(context, "cora@example.org");
      page.navigate(base + "/desk/articles/new");
      assertThat(page.getByText("Publish now")).hasCount(0);
      page.locator("#title").fill("Notes from the picket line");
      page.locator("#section")
          .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Americas"));
      page.getByText("Save draft").click();
      assertThat(page.locator("#article-state")).hasText("draft");
      String editUrl = page.url().replaceAll("\\?.*", "");
      String token = page.locator("meta[name=csrf-token]").getAttribute("content");
      String version = page.locator("#article-form input[name=version]").inputValue();

      var forced =
          page.request()
              .post(
                  editUrl,
                  RequestOptions.create()
                      .setForm(
                          com.microsoft.playwright.options.FormData.create()
                              .set("_csrf", token)
                              .set("version", version)
                              .set("title", "Notes from the picket line")
                              .set("section", page.locator("#section").inputValue())
                              .set("language", "en")
                              .set("action", "publish"))
                      .setMaxRedirects(0));
      assertThat(forced.status()).isEqualTo(403);
      page.reload();
      assertThat(page.locator("#article-state")).hasText("draft");
    }
  }

  @Test
  void twoEditorsSavingTheSameArticleSeeAConflictAndNothingIsLost() {
    try (BrowserContext first = chromium.newContext();
        BrowserContext second = chromium.newContext()) {
      Page clara = signedIn(first, "clara@example.org");
      clara.navigate(base + "/desk/articles/new");
      clara.locator("#title").fill("Housing report");
      clara.locator("#standfirst").fill("Rents rose again.");
      clara
          .locator("#section")
          .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Americas"));
      clara.getByText("Save draft").click();
      assertThat(clara.locator("#article-state")).hasText("draft");
      String editUrl = clara.url().replaceAll("\\?.*", "");

      Page marek = signedIn(second, "marek@example.org");
      marek.navigate(editUrl);
      assertThat(marek.locator("#title")).hasValue("Housing report");

      clara.locator("#title").fill("Housing report: rents up 12%");
      clara.getByText("Save draft").click();
      assertThat(clara.getByRole(com.microsoft.playwright.options.AriaRole.STATUS).first())
          .containsText("Saved");

      marek.locator("#standfirst").fill("Rents rose for the ninth month running.");
      Response refused =
          marek.waitForResponse(
              response ->
                  response.url().startsWith(editUrl) && response.request().method().equals("POST"),
              () -> marek.getByText("Save draft").click());
      assertThat(refused.status()).isEqualTo(409);
      assertThat(marek.locator(".conflict h2")).containsText("clara@example.org");
      assertThat(marek.locator(".conflict [data-field=Title] del")).containsText("12%");
      assertThat(marek.locator(".conflict [data-field=Standfirst] ins"))
          .containsText("ninth month running");
      assertThat(marek.locator("#standfirst")).hasValue("Rents rose for the ninth month running.");

      marek.getByText("Save draft").click();
      assertThat(marek.getByRole(com.microsoft.playwright.options.AriaRole.STATUS).first())
          .containsText("Saved");
      assertThat(marek.locator("#standfirst")).hasValue("Rents rose for the ninth month running.");

      marek.navigate(editUrl + "/revisions");
      assertThat(marek.locator("tr[data-version]")).hasCount(3);
    }
  }
}
