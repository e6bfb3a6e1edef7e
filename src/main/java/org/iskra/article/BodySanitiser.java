package org.iskra.article;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
          .addTags("figure", "figcaption", "hr", "s", "mark")
          .addAttributes("a", "title", "rel")
          .addAttributes("img", "loading")
          .addAttributes("blockquote", "cite")
          .addProtocols("blockquote", "cite", "http", "https")
          .preserveRelativeLinks(true);

  // Relative links (/media/…) survive only against some base; it never appears in the output.
  private static final String BASE_URI = "https://iskra.invalid/";

  private BodySanitiser() {}

  static String sanitise(String html) {
    if (html == null || html.isBlank()) {
      return "";
    }
    Document dirty = Jsoup.parseBodyFragment(html, BASE_URI);
    Document clean = new Cleaner(ALLOWED).clean(dirty);
    clean.outputSettings().prettyPrint(false);
    return clean.body().html().strip();
  }
}
