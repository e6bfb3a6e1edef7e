package org.iskra.syndication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PlainTextTests {

  @Test
  void splitsAtBlankLinesAndJoinsWrappedLines() {
    String text =
        "\uFEFFFirst paragraph\nwrapped here.\n\n\n  Second one.  \r\n \t\r\nThird.\n\n\n";
    assertThat(PlainText.paragraphs(text.getBytes(StandardCharsets.UTF_8), "f.txt"))
        .containsExactly("First paragraph wrapped here.", "Second one.", "Third.");
  }

  @Test
  void refusesAnEmptyFile() {
    assertThatThrownBy(
            () -> PlainText.paragraphs(" \n\n ".getBytes(StandardCharsets.UTF_8), "empty.txt"))
        .isInstanceOf(UnreadableText.class)
        .hasMessage("empty.txt: the file is empty; there is nothing to import");
  }

  @Test
  void refusesTextThatIsNotUtf8NamingTheLine() {
    byte[] latin1 = "One.\n\nDeux p\u00e9tales.".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> PlainText.paragraphs(latin1, "latin1.txt"))
        .isInstanceOf(UnreadableText.class)
        .hasMessageStartingWith("latin1.txt: line 3 is not valid UTF-8");
  }

  @Test
  void refusesBinaryContentNamingTheLine() {
    byte[] binary = {'a', '\n', 'b', 0, 1, 2, '\n'};
    assertThatThrownBy(() -> PlainText.paragraphs(binary, "image.png"))
        .isInstanceOf(UnreadableText.class)
        .hasMessageContaining("image.png: line 2 contains a control character (U+0000)");
  }
}
