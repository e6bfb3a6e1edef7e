package org.iskra.syndication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading WordPress exports, and what is refused before anything is imported. */
class WxrFileTests {

  @TempDir Path dir;

  static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** The line, counted from 1, on which the text first has the marker. */
  static int lineOf(String text, String marker) {
    int at = text.indexOf(marker);
    return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }

  @Test
  void readsEveryItemWithItsLineAuthorsAndCategories() {
    String export = new WxrGenerator(100, 10).asString();
    WxrFile wxr = WxrFile.read(bytes(export), "export.xml");

    assertThat(wxr.authors()).containsEntry("ivan", "Иван Петров").hasSize(3);
    // Ten posts, two attachments (posts 5 and 10) and a page.
    assertThat(wxr.items()).hasSize(13);
    WxrFile.Item first = wxr.items().getFirst();
    assertThat(first.postId()).isEqualTo("100");
    assertThat(first.title()).isEqualTo("Новости дня: выпуск 1");
    assertThat(first.line()).isEqualTo(lineOf(export, "<item>"));
    assertThat(first.content()).contains("[gallery ids=\"1,2,3\"]").contains("«quoted» & done");
    assertThat(first.categories())
        .extracting(WxrFile.Category::domain, WxrFile.Category::name)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("category", "Новости"),
            org.assertj.core.groups.Tuple.tuple("post_tag", "Labour"),
            org.assertj.core.groups.Tuple.tuple("post_tag", "Культура"));
    assertThat(wxr.items().get(5).postType()).isEqualTo("attachment");
    assertThat(wxr.items().get(5).postParent()).isEqualTo("104");
  }

  @Test
  void refusesMalformedXmlWithTheLineAtFault() {
    String export = new WxrGenerator(100, 3).asString();
    String broken = export.replace("выпуск 1]]></title>", "выпуск 1]]></titel>");
    int line = lineOf(export, "выпуск 1]]></title>");

    assertThatThrownBy(() -> WxrFile.read(bytes(broken), "broken.xml"))
        .isInstanceOf(UnreadableText.class)
        .hasMessageStartingWith("broken.xml: line " + line + ": not well-formed XML (The element");
  }

  @Test
  void refusesWhatIsNotAWordPressExport() {
    assertThatThrownBy(() -> WxrFile.read(bytes("<html><body/></html>"), "page.html"))
        .hasMessage(
            "page.html: line 1: <html> where a WordPress export starts with <rss>; is this a WXR file?");
    assertThatThrownBy(() -> WxrFile.read(new byte[0], "empty.xml"))
        .isInstanceOf(UnreadableText.class)
        .hasMessageContaining("empty.xml");
  }

  @Test
  void neverExpandsAnExternalEntity() throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-PASSWORD");
    String xxe =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE rss [ <!ENTITY xxe SYSTEM "%s"> ]>
        <rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/">
        <channel><item><title>&xxe;</title><wp:post_id>1</wp:post_id></item></channel>
        </rss>
        """
            .formatted(secret.toUri());

    assertThatThrownBy(() -> WxrFile.read(bytes(xxe), "xxe.xml"))
        .isInstanceOf(UnreadableText.class)
        .hasMessageContaining("xxe.xml: line 2: the file declares a DOCTYPE")
        .message()
        .doesNotContain("TOP-SECRET");
    assertThatThrownBy(() -> SafeXml.check(bytes(xxe), "xxe.xml"))
        .hasMessageContaining("declares a DOCTYPE");
  }

  @Test
  void refusesBillionLaughsQuickly() {
    StringBuilder bomb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n");
    bomb.append(" <!ENTITY lol0 \"lol\">\n");
    for (int i = 1; i < 10; i++) {
      bomb.append(" <!ENTITY lol").append(i).append(" \"");
      bomb.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
    }
    bomb.append("]>\n<rss><channel><item><title>&lol9;</title></item></channel></rss>\n");

    assertTimeoutPreemptively(
        Duration.ofSeconds(2),
        () ->
            assertThatThrownBy(() -> WxrFile.read(bytes(bomb.toString()), "lol.xml"))
                .isInstanceOf(UnreadableText.class)
                .hasMessageContaining("DOCTYPE"));
  }
}
