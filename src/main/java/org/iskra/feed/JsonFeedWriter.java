package org.iskra.feed;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a {@link Feed} as JSON Feed 1.1 (https://jsonfeed.org/version/1.1) with Jackson: RFC 3339
 * dates with the publication's offset, the article's uid as the item id, the featured image as
 * {@code image}, the section and tags as {@code tags}.
 */
final class JsonFeedWriter {

  static final String VERSION = "https://jsonfeed.org/version/1.1";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private JsonFeedWriter() {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Document(
      String version,
      String title,
      @JsonProperty("home_page_url") String homePageUrl,
      @JsonProperty("feed_url") String feedUrl,
      String description,
      String language,
      List<Author> authors,
      List<Item> items) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Item(
      String id,
      String url,
      String title,
      @JsonProperty("content_html") String contentHtml,
      @JsonProperty("content_text") String contentText,
      String summary,
      String image,
      @JsonProperty("date_published") String datePublished,
      @JsonProperty("date_modified") String dateModified,
      List<Author> authors,
      List<String> tags,
      String language) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Author(String name, String url) {}

  static String write(Feed feed) {
    Document document =
        new Document(
            VERSION,
            feed.title(),
            feed.pageUrl(),
            feed.feedUrl(),
            feed.description(),
            feed.language(),
            List.of(new Author(feed.publisher(), feed.publisherUrl())),
            feed.items().stream().map(item -> item(item, feed.zone())).toList());
    return JSON.writeValueAsString(document);
  }

  private static Item item(Feed.Item item, ZoneId zone) {
    // JSON Feed needs content_html or content_text: the teaser stands in when bodies are off.
    boolean full = item.contentHtml() != null;
    return new Item(
        item.id(),
        item.url(),
        item.title(),
        full ? item.contentHtml() : null,
        full ? null : item.summary(),
        item.summary().isEmpty() ? null : item.summary(),
        item.image() == null ? null : item.image().url(),
        date(item.published(), zone),
        date(item.modified(), zone),
        item.authors().isEmpty()
            ? null
            : item.authors().stream().map(a -> new Author(a.name(), a.url())).toList(),
        item.categories().stream().map(Feed.Category::name).distinct().toList(),
        item.language());
  }

  private static String date(Instant instant, ZoneId zone) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
  }
}
