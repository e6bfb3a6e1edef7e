package org.iskra.syndication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading feed files into entries, without storing them: our own fixtures for what matters. */
class FeedFileReadingTests {

  @TempDir Path dir;

  static List<FeedEntry> read(String feed) {
    return FeedFileImporter.read(feed.getBytes(StandardCharsets.UTF_8), "feed.xml", "news");
  }

  @Test
  void aNetscapeDoctypeIsIgnoredAndItsDtdNeverFetched() throws IOException {
    AtomicInteger requests = new AtomicInteger();
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          requests.incrementAndGet();
          byte[] dtd = "<!ENTITY leak \"LEAKED\">".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, dtd.length);
          exchange.getResponseBody().write(dtd);
          exchange.close();
        });
    server.start();
    try {
      String dtd = "http://127.0.0.1:" + server.getAddress().getPort() + "/rss-0.91.dtd";
      List<FeedEntry> entries =
          read(
              "<?xml version=\"1.0\"?>\n<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS"
                  + " 0.91//EN\" \""
                  + dtd
                  + "\">\n<rss version=\"0.91\"><channel><title>Old</title>"
                  + "<link>http://old.example/</link><description>d</description><language>en</language>"
                  + "<item><title>Caf&#233; opens</title><link>http://old.example/cafe</link>"
                  + "<description>The caf&#233; opened.</description></item></channel></rss>");

      assertThat(entries).hasSize(1);
      assertThat(entries.getFirst().post().title()).isEqualTo("Café opens");
      assertThat(entries.getFirst().post().body()).isEqualTo("<p>The café opened.</p>");
      // A DTD naming an entity that the feed uses is never read either: refused, not fetched.
      String withEntity =
          "<?xml version=\"1.0\"?>\n<!DOCTYPE rss SYSTEM \""
              + dtd
              + "\">\n<rss version=\"0.91\"><channel><title>t</title><item><title>&leak;</title>"
              + "<link>http://old.example/a</link></item></channel></rss>";
      assertThatThrownBy(() -> read(withEntity))
          .isInstanceOf(UnreadableText.class)
          .hasMessageContaining("feed.xml: line 3")
          .hasMessageNotContaining("LEAKED");
      assertThat(requests).hasValue(0);
    } finally {
      server.stop(0);
    }
  }

  @Test
  void entityBombsAndExternalEntitiesAreRefusedBeforeAnyExpansion() throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
    String xxe =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \""
            + secret.toUri()
            + "\">]>\n<rss version=\"2.0\"><channel><item><title>&xxe;</title>"
            + "<link>https://x.example/a</link></item></channel></rss>";
    StringBuilder bomb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n");
    bomb.append(" <!ENTITY lol \"lol\">\n");
    for (int i = 1; i <= 9; i++) {
      bomb.append(" <!ENTITY lol").append(i).append(" \"");
      bomb.append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">\n");
    }
    bomb.append(
        "]>\n<rss version=\"2.0\"><channel><item><title>&lol9;</title></item></channel></rss>");

    assertThatThrownBy(() -> read(xxe))
        .isInstanceOf(UnreadableText.class)
        .hasMessageContaining("feed.xml: line 2: the file declares a DOCTYPE with entities")
        .hasMessageNotContaining("TOP-SECRET");
    assertThatThrownBy(() -> read(bomb.toString()))
        .isInstanceOf(UnreadableText.class)
        .hasMessageContaining("the file declares a DOCTYPE with entities");
  }

  @Test
  void malformedFeedsAreRefusedNamingTheLine() {
    assertThatThrownBy(
            () ->
                read(
                    "<rss version=\"2.0\">\n<channel>\n<item><title>x</titel></item></channel></rss>"))
        .isInstanceOf(UnreadableText.class)
        .hasMessageContaining("feed.xml: line 3: not well-formed XML");
    assertThatThrownBy(() -> read("{\n \"items\": [\n  {\"id\": 1,}\n]}"))
        .isInstanceOf(UnreadableText.class)
        .hasMessageContaining("feed.xml: line 3: not valid JSON");
  }

  @Test
  void mapsRssWithDatesAuthorsHtmlTitlesRelativeLinksAndEnclosures() {
    List<FeedEntry> entries =
        read(
            """
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel><title>Partner</title><link>https://partner.example/news/</link>
            <item><title>&lt;b&gt;Strike&lt;/b&gt; ends &amp; talks resume</title>
              <link>2020/strike</link><guid isPermaLink="false">p-1</guid>
              <author>desk@partner.example (Ana Lima)</author>
              <pubDate>Thu, 2 Jan 2020 09:00 EST</pubDate>
              <description><![CDATA[<p>See <a href="/about">us</a> and <img src="pic.jpg" alt="A pier">.</p>]]></description>
              <enclosure url="https://cdn.partner.example/a.mp3" length="1" type="audio/mpeg"/>
            </item>
            <item><title>Second</title><link>https://partner.example/2</link>
              <dc:creator>Bo Chen</dc:creator><pubDate>the day after tomorrow</pubDate>
              <description>Plain.</description></item>
            <item><title>Third</title><link>https://partner.example/3</link>
              <author>only@partner.example</author></item>
            </channel></rss>
            """);

    FeedEntry first = entries.get(0);
    assertThat(first.post().title()).isEqualTo("Strike ends & talks resume");
    assertThat(first.link()).isEqualTo("https://partner.example/news/2020/strike");
    assertThat(first.guid()).isEqualTo("p-1");
    assertThat(first.post().authorNames()).containsExactly("Ana Lima");
    assertThat(first.post().publishedAt()).isEqualTo(Instant.parse("2020-01-02T14:00:00Z"));
    assertThat(first.post().body())
        .contains("href=\"https://partner.example/about\"")
        .contains("src=\"https://partner.example/news/2020/pic.jpg\"");
    assertThat(first.post().attachments())
        .extracting(ImportedPost.Attachment::url)
        .containsExactly("https://cdn.partner.example/a.mp3");
    assertThat(first.note()).isEmpty();

    FeedEntry second = entries.get(1);
    assertThat(second.post().authorNames()).containsExactly("Bo Chen");
    assertThat(second.post().publishedAt()).isNull();
    assertThat(second.note())
        .isEqualTo(
            "line 11: <pubDate> 'the day after tomorrow' is not a date; the article is dated at the import");
    // A bare e-mail address is no byline.
    assertThat(entries.get(2).post().authorNames()).isEmpty();
  }

  @Test
  void mapsAtomContentByTypeAndJsonFeeds() {
    List<FeedEntry> atom =
        read(
            """
            <feed xmlns="http://www.w3.org/2005/Atom">
            <title>A</title><id>urn:a</id><updated>2020-01-01T00:00:00Z</updated>
            <entry><title type="html">&lt;em&gt;Emphasis&lt;/em&gt; here</title><id>urn:1</id>
              <link href="https://a.example/1"/><updated>2020-01-15T06:30:00+01:00</updated>
              <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>X <b>y</b></p></div></content>
            </entry>
            <entry><title>T</title><id>urn:2</id><link href="https://a.example/2"/>
              <updated>2020-01-15T06:30:00Z</updated>
              <content type="text">1 &lt; 2</content><summary>Sum</summary></entry>
            </feed>
            """);
    assertThat(atom.get(0).post().title()).isEqualTo("Emphasis here");
    assertThat(atom.get(0).post().body()).contains("<b>y</b>");
    assertThat(atom.get(0).post().publishedAt()).isEqualTo(Instant.parse("2020-01-15T05:30:00Z"));
    assertThat(atom.get(1).post().body()).isEqualTo("<p>1 &lt; 2</p>");
    assertThat(atom.get(1).post().standfirst()).isEqualTo("Sum");

    List<FeedEntry> json =
        read(
            """
            {"version": "https://jsonfeed.org/version/1.1", "title": "J",
             "home_page_url": "https://j.example/",
             "authors": [{"name": "Desk"}],
             "items": [
              {"id": "1", "url": "posts/1", "title": "One <i>x</i>", "content_html": "<p>Hi</p>",
               "summary": "S", "date_published": "2021-02-03T04:05:06Z", "tags": ["a", "b"]},
              {"id": 2, "title": "Two", "content_text": "a < b",
               "author": {"name": "Old Style"}, "date_modified": "yesterday"}
             ]}
            """);
    assertThat(json.get(0).link()).isEqualTo("https://j.example/posts/1");
    assertThat(json.get(0).post().title()).isEqualTo("One x");
    assertThat(json.get(0).post().authorNames()).containsExactly("Desk");
    assertThat(json.get(0).post().tagNames()).containsExactly("a", "b");
    assertThat(json.get(0).post().standfirst()).isEqualTo("S");
    assertThat(json.get(0).post().publishedAt()).isEqualTo(Instant.parse("2021-02-03T04:05:06Z"));
    assertThat(json.get(1).guid()).isEqualTo("2");
    assertThat(json.get(1).post().body()).isEqualTo("<p>a &lt; b</p>");
    assertThat(json.get(1).post().authorNames()).containsExactly("Old Style");
    assertThat(json.get(1).note()).contains("<date_modified> 'yesterday' is not a date");
  }
}
