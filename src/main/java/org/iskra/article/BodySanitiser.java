package org.iskra.article;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Cleans article bodies with an allow-list before they are stored, so that no script, event
 * handler, {@code javascript:} link or inline style ever reaches a reader's page, whatever was
 * submitted. Thread-safe.
 */
final class BodySanitiser {

  private static final Safelist ALLOWED =
      Safelist.relaxed()
          .addTags("figure", "figcaption", "hr", "s", "mark", "iframe")
          .addAttributes("iframe", "src", "title", "width", "height", "allowfullscreen")
          .addProtocols("iframe", "src", "https")
          .addAttributes("a", "title", "rel")
          .addAttributes("img", "loading")
          .addAttributes("blockquote", "cite")
          .addProtocols("blockquote", "cite", "http", "https")
          .preserveRelativeLinks(true);

  // Relative links (/media/…) survive only against some base; it never appears in the output.
  private static final String BASE_URI = "https://iskra.invalid/";

  // Video embeds: only these players, and YouTube without its tracking cookies. The public
  // Content-Security-Policy allows the same hosts as frames.
  private static final List<String> PLAYERS =
      List.of(
          "https://www.youtube-nocookie.com/embed/",
          "https://www.youtube.com/embed/",
          "https://player.vimeo.com/video/");

  private BodySanitiser() {}

  /** The embed address of an allowed video player, or null for anything else. */
  private static String videoPlayer(String src) {
    for (String player : PLAYERS) {
      if (src.startsWith(player) && src.length() > player.length() && !src.contains("..")) {
        return src.replace(
            "https://www.youtube.com/embed/", "https://www.youtube-nocookie.com/embed/");
      }
    }
    return null;
  }

  static String sanitise(String html) {
    if (html == null || html.isBlank()) {
      return "";
    }
    Document dirty = Jsoup.parseBodyFragment(html, BASE_URI);
    Document clean = new Cleaner(ALLOWED).clean(dirty);
    for (Element frame : clean.select("iframe")) {
      String player = videoPlayer(frame.attr("src"));
      if (player == null) {
        frame.remove();
        continue;
      }
      frame.attr("src", player);
      frame.attr("loading", "lazy");
      frame.attr("referrerpolicy", "strict-origin-when-cross-origin");
      frame.attr("allow", "fullscreen; picture-in-picture; encrypted-media");
      frame.attr("sandbox", "allow-scripts allow-same-origin allow-presentation allow-popups");
      if (frame.attr("title").isBlank()) {
        frame.attr("title", "Video");
      }
    }
    clean.outputSettings().prettyPrint(false);
    return clean.body().html().strip();
  }
}
