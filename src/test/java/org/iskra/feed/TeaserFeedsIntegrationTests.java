package org.iskra.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import java.util.List;
import org.iskra.article.ArticlePublisher;
import org.iskra.article.ArticleStatus;
import org.iskra.article.Manuscript;
import org.iskra.section.Section;
import org.iskra.section.Sections;
import org.iskra.site.SiteClient;
import org.iskra.store.TestDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** With {@code iskra.feed.full-content=false}, feeds carry teasers and readers come to the site. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"iskra.feed.full-content=false", "iskra.demo.enabled=false"})
class TeaserFeedsIntegrationTests {

  @LocalServerPort int port;
  @Autowired ArticlePublisher publisher;
  @Autowired Sections sections;

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry registry) {
    TestDatabases.emptyDatabaseProperties(TestDatabases.Kind.SQLITE)
        .forEach((k, v) -> registry.add(k, () -> v));
  }

  @Test
  void feedsCarryTheTeaserAndNeverTheBody() throws Exception {
    Section section = sections.save("teasers", "Teasers", "", 1);
    publisher.create(
        new Manuscript(
            "en",
            "Read it on the site",
            "",
            "The standfirst is the teaser.",
            "<p>Only readers of the site get this body.</p>",
            section.id(),
            List.of(),
            List.of(),
            List.of(),
            null),
        ArticleStatus.PUBLISHED,
        null);

    SiteClient site = new SiteClient(port);
    for (String file : List.of("feed.xml", "atom.xml")) {
      String xml = site.get("/teasers/" + file).response().body();
      assertThat(xml).doesNotContain("Only readers of the site");
      SyndEntry entry = FeedsIntegrationTests.parse(xml).getEntries().getFirst();
      assertThat(entry.getContents()).isEmpty();
      assertThat(entry.getDescription().getValue()).isEqualTo("The standfirst is the teaser.");
    }
    String json = site.get("/teasers/feed.json").response().body();
    assertThat(json).doesNotContain("Only readers of the site");
    assertThat(JsonFeedSchema.violations(json)).isEmpty();
    JsonNode item = FeedsIntegrationTests.JSON.readTree(json).get("items").get(0);
    assertThat(item.has("content_html")).isFalse();
    assertThat(item.get("content_text").asString()).isEqualTo("The standfirst is the teaser.");
  }
}
