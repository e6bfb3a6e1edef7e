package org.iskra.syndication;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShortcodesTests {

  @Test
  void captionsBecomeFiguresWithTheirCaption() {
    String html =
        Shortcodes.toHtml(
            "Before.\n\n[caption id=\"attachment_5\" align=\"alignnone\" width=\"300\"]"
                + "<a href=\"/big.jpg\"><img src=\"/photo.jpg\" alt=\"A\" /></a> Strikers at the gate"
                + "[/caption]\n\nAfter.");

    assertThat(html)
        .isEqualTo(
            "<p>Before.</p>\n<figure><a href=\"/big.jpg\"><img src=\"/photo.jpg\" alt=\"A\" /></a>"
                + "<figcaption>Strikers at the gate</figcaption></figure>\n<p>After.</p>");
  }

  @Test
  void oldCaptionsKeepTheirTextInTheAttribute() {
    assertThat(Shortcodes.toHtml("[caption caption=\"Old style\"]<img src=\"/a.jpg\">[/caption]"))
        .isEqualTo("<figure><img src=\"/a.jpg\"><figcaption>Old style</figcaption></figure>");
  }

  @Test
  void otherShortcodesGoButBracketsInTextStay() {
    assertThat(
            Shortcodes.toHtml(
                "A [gallery ids=\"1,2\"] B [embed]https://x.example[/embed] [sic] [1]"))
        .isEqualTo("<p>A  B https://x.example [sic] [1]</p>");
  }

  @Test
  void blankLinesMakeParagraphsAndSingleNewlinesBreaks() {
    assertThat(Shortcodes.toHtml("One\ntwo\r\n\r\n<h2>Title</h2>\n\nThree"))
        .isEqualTo("<p>One<br>\ntwo</p>\n<h2>Title</h2>\n<p>Three</p>");
    assertThat(Shortcodes.toHtml("  ")).isEmpty();
  }
}
