package org.iskra.syndication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The feed import path (SafeXml, Rome or the JSON Feed reader, then the mapping to imported posts)
 * over every fixture of two public suites: no fixture crashes it, none makes it fetch anything, and
 * for gofeed's fixtures what we map agrees with gofeed's expected parse, but for the differences
 * listed in {@link #KNOWN_DIFFERENCES} (see docs/feed-suites.md).
 */
class FeedSuitesTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static final String NAKED =
      "markup as child elements of an RSS element (not escaped, not CDATA) is not RSS; Rome reads"
          + " only the element's own text";
  private static final String INLINE_HTML =
      "an Atom type=\"html\" (or 0.3) construct with unescaped child elements is not Atom; Rome"
          + " reads only the construct's own text";
  private static final String MALFORMED = "not well-formed XML: refused, naming the line";

  /** Where our import deliberately or knowingly differs from gofeed's parse, and why. */
  static final Map<String, String> KNOWN_DIFFERENCES =
      Map.ofEntries(
          Map.entry("extensions/itunes/itunes_item_summary_cdata_multi.xml", MALFORMED),
          Map.entry("parser/atom/atom10_feed_entry_source_logo.xml", MALFORMED),
          Map.entry(
              "parser/atom/atom10_feed_entry_source_title_html_escaped_markup.xml", MALFORMED),
          Map.entry("parser/atom/atom10_feed_entry_source_title_text.xml", MALFORMED),
          Map.entry("parser/rss/rdf_item_description_naked_markup.xml", NAKED),
          Map.entry("parser/rss/rdf_item_title_naked_markup.xml", NAKED),
          Map.entry("parser/rss/rss_channel_item_author_naked_markup.xml", NAKED),
          Map.entry("parser/rss/rss_channel_item_category_naked_markup.xml", NAKED),
          Map.entry("parser/rss/rss_channel_item_guid_naked_markup.xml", NAKED),
          Map.entry("parser/rss/rss_channel_item_title_naked_markup.xml", NAKED),
          Map.entry("parser/atom/atom03_feed_entry_summary_naked_markup.xml", INLINE_HTML),
          Map.entry(
              "parser/atom/atom03_feed_entry_summary_base64_escaped_markup.xml",
              "Atom 0.3 base64 of escaped markup: we decode the base64 once and show the"
                  + " escaped markup as text; gofeed unescapes it too"),
          Map.entry(
              "parser/atom/atom10_feed_entry_content_html_div_escaped_markup.xml", INLINE_HTML),
          Map.entry("parser/atom/entry_content_xml_base.xml", INLINE_HTML),
          Map.entry("parser/atom/entry_content_xml_base_inherit.xml", INLINE_HTML),
          Map.entry("parser/atom/entry_content_xml_base_inherit_2.xml", INLINE_HTML),
          Map.entry("parser/atom/entry_content_xml_base_inherit_3.xml", INLINE_HTML),
          Map.entry("parser/atom/entry_content_xml_base_inherit_4.xml", INLINE_HTML),
          Map.entry("parser/atom/entry_summary_xml_base.xml", INLINE_HTML),
          Map.entry("parser/atom/entry_summary_xml_base_inherit.xml", INLINE_HTML),
          Map.entry("parser/atom/entry_summary_xml_base_inherit_2.xml", INLINE_HTML),
          Map.entry("parser/atom/entry_summary_xml_base_inherit_3.xml", INLINE_HTML),
          Map.entry("parser/atom/entry_title_xml_base.xml", INLINE_HTML),
          Map.entry(
              "parser/atom/entry_id_xml_base.xml",
              "an Atom id is an identifier, compared as written: not resolved against xml:base"));

  /** Every address an HTTP(S) fetch asked for while the tests ran; must stay empty. */
  private static final List<URI> FETCHED = new CopyOnWriteArrayList<>();

  private static ProxySelector original;

  @BeforeAll
  static void watchFetches() {
    original = ProxySelector.getDefault();
    // Every HTTP(S) connection of the JDK asks the proxy selector first: a cheap witness.
    ProxySelector.setDefault(
        new ProxySelector() {
          @Override
          public List<Proxy> select(URI uri) {
            FETCHED.add(uri);
            return List.of(Proxy.NO_PROXY);
          }

          @Override
          public void connectFailed(URI uri, SocketAddress address, IOException e) {}
        });
  }

  @AfterAll
  static void stopWatching() {
    ProxySelector.setDefault(original);
  }

  /** What became of one fixture. */
  record Outcome(Path file, List<FeedEntry> entries, String refusal) {}

  static Outcome read(Path file) {
    byte[] content;
    try {
      content = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    try {
      return new Outcome(
          file, FeedFileImporter.read(content, file.getFileName().toString(), "news"), null);
    } catch (UnreadableText e) {
      return new Outcome(file, List.of(), e.getMessage());
    }
  }

  static List<Path> gofeedInputs() {
    Path root = FeedSuites.gofeed();
    List<Path> inputs = new ArrayList<>(FeedSuites.files(root, ".xml"));
    for (Path json : FeedSuites.files(root, ".json")) {
      String name = json.getFileName().toString();
      Path xml = json.resolveSibling(name.replaceFirst("\\.json$", ".xml"));
      if (!name.endsWith("_expected.json") && !Files.exists(xml)) {
        inputs.add(json);
      }
    }
    return inputs.stream().sorted().toList();
  }

  static Optional<Path> expected(Path input) {
    String name = input.getFileName().toString();
    Path candidate =
        name.endsWith(".xml")
            ? input.resolveSibling(name.replaceFirst("\\.xml$", ".json"))
            : input.resolveSibling(name.replaceFirst("\\.json$", "_expected.json"));
    return Files.exists(candidate) ? Optional.of(candidate) : Optional.empty();
  }

  @Test
  void everyGofeedFixtureIsReadOrRefusedWithAReason() {
    List<Path> inputs = gofeedInputs();
    Map<String, Integer> refusals = new TreeMap<>();
    int parsed = 0;
    for (Path input : inputs) {
      Outcome outcome = read(input);
      if (outcome.refusal() == null) {
        parsed++;
        for (FeedEntry entry : outcome.entries()) {
          assertThat(entry.post().title())
              .as(input.toString())
              .doesNotContainPattern("<[a-zA-Z/][^>]*>");
        }
      } else {
        refusals.merge(input.getParent().getFileName() + ": " + outcome.refusal(), 1, Integer::sum);
      }
    }
    System.out.println("gofeed: " + inputs.size() + " fixtures, parsed " + parsed);
    refusals.forEach((reason, n) -> System.out.println("  refused " + n + ": " + reason));
    assertThat(FETCHED).isEmpty();
  }

  @Test
  void gofeedExpectedParsesAgreeWithOurMapping() {
    Map<String, int[]> byField = new TreeMap<>();
    List<String> differences = new ArrayList<>();
    int compared = 0;
    for (Path input : gofeedInputs()) {
      Optional<Path> expectedFile = expected(input);
      if (expectedFile.isEmpty()) {
        continue;
      }
      Outcome outcome = read(input);
      JsonNode expected;
      try {
        expected = JSON.readTree(Files.readAllBytes(expectedFile.get()));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      List<Map<String, Object>> wanted = ExpectedParse.items(input, expected);
      if (wanted.isEmpty()) {
        continue;
      }
      compared++;
      String fixture = FeedSuites.GOFEED.relativize(input).toString();
      if (outcome.refusal() != null) {
        differences.add(fixture + " refused: " + outcome.refusal());
        continue;
      }
      for (int i = 0; i < wanted.size(); i++) {
        Map<String, Object> want = wanted.get(i);
        if (i >= outcome.entries().size()) {
          differences.add(fixture + " entry " + (i + 1) + " missing");
          continue;
        }
        Map<String, Object> got = ExpectedParse.ours(outcome.entries().get(i));
        for (Map.Entry<String, Object> field : want.entrySet()) {
          int[] counts = byField.computeIfAbsent(field.getKey(), k -> new int[2]);
          Object ours = got.get(field.getKey());
          if (field.getValue().equals(ours)) {
            counts[0]++;
          } else {
            counts[1]++;
            differences.add(
                fixture
                    + " "
                    + field.getKey()
                    + ": expected "
                    + field.getValue()
                    + ", got "
                    + ours);
          }
        }
      }
    }
    System.out.println("gofeed: compared " + compared + " fixtures with their expected parse");
    byField.forEach(
        (field, counts) ->
            System.out.println(
                "  " + field + ": " + counts[0] + " agree, " + counts[1] + " differ"));
    differences.forEach(d -> System.out.println("  differs: " + d));
    assertThat(differences)
        .allSatisfy(
            difference ->
                assertThat(KNOWN_DIFFERENCES)
                    .containsKey(difference.substring(0, difference.indexOf(' '))));
    // Improvements show: a fixture listed but no longer different must leave the list.
    assertThat(differences.stream().map(d -> d.substring(0, d.indexOf(' '))).distinct().count())
        .isEqualTo(KNOWN_DIFFERENCES.size());
  }

  @Test
  void everyXmlRssExampleFeedImports() {
    List<Path> feeds = FeedSuites.files(FeedSuites.xmlRss(), ".rdf", ".xml");
    for (Path feed : feeds) {
      Outcome outcome = read(feed);
      System.out.println(
          "xml-rss "
              + FeedSuites.XML_RSS.relativize(feed)
              + ": "
              + (outcome.refusal() == null
                  ? outcome.entries().size() + " entries"
                  : "refused: " + outcome.refusal()));
      // Real feeds, the Netscape RSS 0.91 ones with their DOCTYPE: every one imports.
      assertThat(outcome.refusal()).as(feed.toString()).isNull();
      assertThat(outcome.entries()).as(feed.toString()).isNotEmpty();
      for (FeedEntry entry : outcome.entries()) {
        assertThat(entry.guid() + entry.link()).as(feed + ": an entry with neither").isNotEmpty();
        assertThat(entry.post().title()).doesNotContainPattern("<[a-zA-Z/][^>]*>");
        assertThat(entry.note()).as(feed + ": " + entry.post().title()).isEmpty();
      }
    }
    assertThat(feeds).hasSize(10);
    assertThat(FETCHED).isEmpty();
  }
}
