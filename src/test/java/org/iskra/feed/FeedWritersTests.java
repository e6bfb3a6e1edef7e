package org.iskra.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The three writers on a feed made by hand: what each format requires, and nothing executable. */
class FeedWritersTests {

  static final String HOSTILE = "</script><script>alert(1)</script> & <b>bold</b>";

  static Feed feed(String contentHtml) {
    Instant published = Instant.parse("2024-03-01T09:30:00Z");
    return new Feed(
        "World | Iskra",
        "News from everywhere",
        "https://news.example.org/world",
        "https://news.example.org/world/feed.json",
        "en",
        "Iskra",
        "https://news.example.org/",
        published.plusSeconds(60),
        ZoneId.of("Europe/Madrid"),
        List.of(
            new Feed.Item(
                "urn:uuid:6c1b3f1e-0000-4000-8000-000000000001",
                "https://news.example.org/world/a-story",
                HOSTILE,
                "A teaser from Perú with <angle> brackets.",
                contentHtml,
                "en",
                published,
                published.plusSeconds(60),
                List.of(),
                List.of(new Feed.Category("World", "https://news.example.org/world")),
                null)));
  }

  @Test
  void aTeaserOnlyJsonFeedIsValidWithItsTextAsContent() {
    String json = JsonFeedWriter.write(feed(null));

    assertThat(JsonFeedSchema.violations(json)).isEmpty();
    JsonNode item = JsonMapper.builder().build().readTree(json).get("items").get(0);
    assertThat(item.has("content_html")).isFalse();
    assertThat(item.get("content_text").asString())
        .isEqualTo("A teaser from Perú with <angle> brackets.");
    assertThat(item.get("title").asString()).isEqualTo(HOSTILE);
    assertThat(item.get("date_published").asString()).isEqualTo("2024-03-01T10:30:00+01:00");
  }

  @Test
  void theSchemaRefusesWhatJsonFeedForbids() {
    String json = JsonFeedWriter.write(feed("<p>Body</p>"));
    assertThat(JsonFeedSchema.violations(json)).isEmpty();

    assertThat(JsonFeedSchema.violations(json.replace("+01:00", ""))).isNotEmpty();
    assertThat(JsonFeedSchema.violations(json.replace("\"content_html\"", "\"body\"")))
        .isNotEmpty();
    assertThat(JsonFeedSchema.violations(json.replace("version/1.1", "version/1"))).isNotEmpty();
  }

  @Test
  void hostileTitlesAreTextInRssAndAtom() throws Exception {
    for (String xml :
        List.of(RssWriter.write(feed("<p>Body</p>")), AtomWriter.write(feed("<p>Body</p>")))) {
      assertThat(xml).doesNotContain("<script>", "</script>");
      SyndFeed parsed = new SyndFeedInput().build(new StringReader(xml));
      SyndEntry entry = parsed.getEntries().getFirst();
      assertThat(entry.getTitle()).isEqualTo(HOSTILE);
      assertThat(entry.getUri()).isEqualTo("urn:uuid:6c1b3f1e-0000-4000-8000-000000000001");
    }
  }

  @Test
  void rssDescriptionsAreTeasersEscapedForHtmlOnlyWhereHtmlNeedsIt() throws Exception {
    String xml = RssWriter.write(feed(null));

    assertThat(xml).contains("from Perú with &amp;lt;angle&amp;gt;").doesNotContain("&uacute;");
    SyndEntry entry = new SyndFeedInput().build(new StringReader(xml)).getEntries().getFirst();
    assertThat(entry.getDescription().getValue())
        .isEqualTo("A teaser from Perú with &lt;angle&gt; brackets.");
    assertThat(entry.getContents()).isEmpty();
  }

  @Test
  void rssAndAtomCarryBodiesAsCdataThatReadBackAsTheSameHtml() throws Exception {
    String body = "<p>Strikers & <a href=\"https://news.example.org/a?b=1&amp;c=2\">police</a></p>";
    for (String xml : List.of(RssWriter.write(feed(body)), AtomWriter.write(feed(body)))) {
      assertThat(xml).contains("<![CDATA[" + body + "]]>");
      // Read as XML, without Rome's "healer", which rewrites entities even inside CDATA.
      SyndFeedInput strict = new SyndFeedInput();
      strict.setXmlHealerOn(false);
      SyndEntry entry = strict.build(new StringReader(xml)).getEntries().getFirst();
      assertThat(entry.getContents().getFirst().getValue()).isEqualTo(body);
    }
  }

  @Test
  void aBodyThatWouldEndACdataSectionIsEscapedText() throws Exception {
    String body = "<pre>if (a[b[0]]>1) return;</pre>";
    for (String xml : List.of(RssWriter.write(feed(body)), AtomWriter.write(feed(body)))) {
      assertThat(xml).doesNotContain("CDATA").contains("&lt;pre&gt;");
      SyndEntry entry = new SyndFeedInput().build(new StringReader(xml)).getEntries().getFirst();
      assertThat(entry.getContents().getFirst().getValue()).isEqualTo(body);
    }
  }

  @Test
  void aFeedWithoutItemsIsStillAFeed() throws Exception {
    Feed one = feed(null);
    Feed empty =
        new Feed(
            one.title(),
            one.description(),
            one.pageUrl(),
            one.feedUrl(),
            one.language(),
            one.publisher(),
            one.publisherUrl(),
            null,
            one.zone(),
            List.of());
    for (String xml : List.of(RssWriter.write(empty), AtomWriter.write(empty))) {
      assertThat(new SyndFeedInput().build(new StringReader(xml)).getEntries()).isEmpty();
    }
    String json = JsonFeedWriter.write(empty);
    assertThat(json).endsWith("\"items\":[]}");
    assertThat(JsonFeedSchema.violations(json)).isEmpty();
  }

  @Test
  void googleNewsGetsIsoLanguageCodes() {
    assertThat(SitemapController.newsLanguage("en")).isEqualTo("en");
    assertThat(SitemapController.newsLanguage("pt-BR")).isEqualTo("pt");
    assertThat(SitemapController.newsLanguage("zh-Hant")).isEqualTo("zh-tw");
    assertThat(SitemapController.newsLanguage("zh-CN")).isEqualTo("zh-cn");
  }
}
