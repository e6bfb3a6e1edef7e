package org.iskra.staticsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.iskra.account.AccountRegistry;
import org.iskra.account.Role;
import org.iskra.article.Article;
import org.iskra.article.ArticlePublisher;
import org.iskra.article.ArticleStatus;
import org.iskra.article.Manuscript;
import org.iskra.publication.EditionNamed;
import org.iskra.section.Sections;
import org.iskra.store.TestDatabases;
import org.iskra.testing.DeskClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With {@code iskra.static-copy.refresh-after-changes} set, the copy follows the site by itself: an
 * article published appears in it, and withdrawn leaves it, without anyone pressing the button.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaticCopyFollowsChangesIntegrationTests {

  @TempDir static Path root;

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry registry) {
    TestDatabases.emptyDatabaseProperties(TestDatabases.Kind.SQLITE)
        .forEach((k, v) -> registry.add(k, () -> v));
    registry.add("iskra.static-copy.directory", () -> root.resolve("copy").toString());
    registry.add("iskra.static-copy.refresh-after-changes", () -> "500ms");
  }

  @Autowired ArticlePublisher publisher;
  @Autowired Sections sections;
  @Autowired StaticCopyRefresher refresher;
  @Autowired AccountRegistry accounts;
  @Autowired ApplicationEventPublisher events;
  @LocalServerPort int port;

  static final String PASSWORD = "a long enough passphrase";

  static void within(Duration limit, String what, BooleanSupplier condition)
      throws InterruptedException {
    Instant give = Instant.now().plus(limit);
    while (!condition.getAsBoolean()) {
      assertThat(Instant.now()).as(what).isBefore(give);
      Thread.sleep(100);
    }
  }

  boolean idle() {
    StaticCopyRefresher.Refresh latest = refresher.latest();
    return latest == null || !latest.running();
  }

  @Test
  void aPublishedArticleAppearsInTheCopyAndAWithdrawnOneLeavesIt() throws Exception {
    within(Duration.ofMinutes(1), "the start's refresh ends", this::idle);
    accounts.create("admin@example.org", "Ada", Role.ADMIN, PASSWORD);
    long americas = sections.findBySlug("americas").orElseThrow().id();
    Article article =
        publisher.create(
            new Manuscript(
                "en",
                "Strike at the copper mine",
                null,
                "The miners stopped work at dawn.",
                "<p>The miners stopped work at dawn.</p>",
                americas,
                List.of(),
                List.of(),
                List.of(),
                ""),
            ArticleStatus.PUBLISHED,
            null);
    Path page = root.resolve("copy/americas/" + article.slug() + "/index.html");
    within(Duration.ofMinutes(1), "the copy holds the new article", () -> Files.exists(page));
    within(Duration.ofMinutes(1), "that refresh ends", this::idle);
    assertThat(Files.readString(page)).contains("Strike at the copper mine");
    assertThat(refresher.latest().startedBy()).isEqualTo(StaticCopyRefresher.AFTER_CHANGES);
    assertThat(refresher.latest().failure()).isNull();
    assertThat(Files.readString(root.resolve("copy/americas/index.html")))
        .as("and the section's front lists it")
        .contains("Strike at the copper mine");

    assertThat(
            new DeskClient(port)
                .signIn("admin@example.org", PASSWORD)
                .get("/desk/static-copy")
                .body())
        .contains("a refresh starts 500 ms after a change readers see");

    publisher.revise(article.id(), article.manuscript(), ArticleStatus.UNPUBLISHED, null);
    within(
        Duration.ofMinutes(1), "the withdrawn article leaves the copy", () -> !Files.exists(page));
  }

  @Test
  void aNameGivenInAnEditionRefreshesTheCopy() throws Exception {
    within(Duration.ofMinutes(1), "the refreshes before end", this::idle);
    Instant before = refresher.latest() == null ? Instant.EPOCH : refresher.latest().started();

    // As the desk's edition names page announces a name it saved (every page shows names).
    events.publishEvent(new EditionNamed("es", "section 1: América (america)", "ed@example.org"));

    within(
        Duration.ofMinutes(1),
        "a refresh starts after the name",
        () -> refresher.latest() != null && refresher.latest().started().isAfter(before));
    within(Duration.ofMinutes(1), "it ends", this::idle);
    assertThat(refresher.latest().startedBy()).isEqualTo(StaticCopyRefresher.AFTER_CHANGES);
  }
}
