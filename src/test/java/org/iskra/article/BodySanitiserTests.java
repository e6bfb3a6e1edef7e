package org.iskra.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BodySanitiserTests {

  @Test
  void keepsTheEditorsFormatting() {
    String body =
        "<h2>Why</h2><p><strong>Bold</strong> and <em>italic</em> with"
            + " <a href=\"https://example.org/\">a link</a>.</p><ul><li>one</li></ul>"
            + "<blockquote><p>Quoted</p></blockquote><figure class=\"image\">"
            + "<img src=\"/media/abc/960.jpg\" alt=\"A crowd\"><figcaption>Lima</figcaption></figure>";

    assertThat(BodySanitiser.sanitise(body))
        .contains("<h2>Why</h2>", "<strong>Bold</strong>", "<em>italic</em>")
        .contains("<a href=\"https://example.org/\">a link</a>", "<li>one</li>", "<blockquote>")
        .contains(
            "<img src=\"/media/abc/960.jpg\" alt=\"A crowd\">", "<figcaption>Lima</figcaption>");
  }

  @Test
  void keepsVideoEmbedsFromKnownPlayersOnly() {
    String clean =
        BodySanitiser.sanitise(
            "<iframe src=\"https://www.youtube.com/embed/dQw4w9WgXcQ\" onload=\"x()\"></iframe>"
                + "<iframe src=\"https://evil.example/embed/x\"></iframe>"
                + "<iframe src=\"javascript:alert(1)\"></iframe>"
                + "<iframe srcdoc=\"<script>x()</script>\"></iframe>");

    assertThat(clean)
        .contains("src=\"https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ\"")
        .contains("sandbox=\"allow-scripts allow-same-origin allow-presentation allow-popups\"")
        .doesNotContain("onload", "evil.example", "javascript:", "srcdoc", "<script");
    assertThat(clean.split("<iframe", -1)).hasSize(2);
  }

  @Test
  void dropsScriptsHandlersStylesAndForeignSrcsets() {
    String clean =
        BodySanitiser.sanitise(
            "<p style=\"color:red\" onclick=\"x()\">Hi</p><script>x()</script>"
                + "<img src=\"/media/a/480.jpg\" alt=\"a\" srcset=\"https://tracker.example/p.gif 1x\">"
                + "<a href=\"javascript:x()\">link</a>");

    assertThat(clean).isEqualTo("<p>Hi</p><img src=\"/media/a/480.jpg\" alt=\"a\"><a>link</a>");
  }
}
