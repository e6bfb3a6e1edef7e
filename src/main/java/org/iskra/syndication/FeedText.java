package org.iskra.syndication;

import java.net.URI;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.web.util.HtmlUtils;

/**
 * The text of feed entries as Iskra stores it: content by its declared type (text, HTML, XHTML,
 * base64), addresses made absolute against the entry's link, bylines without e-mail addresses.
 * Stateless.
 */
final class FeedText {

  // "jo@example.org (Jo Bloggs)" (RSS's own form) and "Jo Bloggs <jo@example.org>".
  private static final Pattern EMAIL_THEN_NAME =
      Pattern.compile("^\\s*\\S+@\\S+\\s*\\((.+)\\)\\s*$");
  private static final Pattern NAME_THEN_EMAIL = Pattern.compile("^(.+?)\\s*<[^>]*@[^>]*>\\s*$");
  private static final Pattern NAME_THEN_EMAIL_IN_PARENTHESES =
      Pattern.compile("^(.+?)\\s*\\(\\s*\\S+@\\S+\\s*\\)\\s*$");
  private static final Pattern TAG = Pattern.compile("<[a-zA-Z/][^>]*>");
  private static final Pattern EMAIL = Pattern.compile("^\\s*(mailto:)?\\S+@\\S+\\.\\S+\\s*$");

  private FeedText() {}

  /**
   * The name in an author field, plain text, or empty for a bare e-mail address: a byline names
   * people, it does not publish their addresses.
   */
  static Optional<String> byline(String author) {
    if (author == null || author.isBlank()) {
      return Optional.empty();
    }
    String name = author;
    Matcher m = EMAIL_THEN_NAME.matcher(author);
    if (m.matches()) {
      name = m.group(1);
    } else {
      Matcher n = NAME_THEN_EMAIL.matcher(author);
      Matcher p = NAME_THEN_EMAIL_IN_PARENTHESES.matcher(author);
      if (n.matches()) {
        name = n.group(1);
      } else if (p.matches()) {
        name = p.group(1);
      } else if (EMAIL.matcher(author).matches()) {
        return Optional.empty();
      }
    }
    String plain = WxrImporter.plain(name);
    return plain.isEmpty() ? Optional.empty() : Optional.of(plain);
  }

  /**
   * A title of the given type as plain text. Markup is dropped, also where a feed escaped it twice
   * (a title whose text reads {@code <p>Title</p>}): a headline never shows tags.
   */
  static String title(String value, String type) {
    String plain = plain(value, type);
    return TAG.matcher(plain).find() ? WxrImporter.plain(plain) : plain;
  }

  /** Content of the given type as plain text. */
  static String plain(String value, String type) {
    if (value == null) {
      return "";
    }
    return switch (kind(type)) {
      case TEXT -> value.strip().replaceAll("\\s+", " ");
      case BASE64 -> WxrImporter.plain(decoded(value));
      case HTML -> WxrImporter.plain(value);
    };
  }

  /**
   * Content of the given type as body HTML: text escaped into a paragraph, HTML and XHTML as they
   * are (sanitised later by the publisher), links and images made absolute against {@code base}.
   */
  static String body(String value, String type, String base) {
    if (value == null || value.isBlank()) {
      return "";
    }
    String html =
        switch (kind(type)) {
          case TEXT -> "<p>" + HtmlUtils.htmlEscape(value.strip()) + "</p>";
          case BASE64 -> Shortcodes.toHtml(decoded(value));
          case HTML -> Shortcodes.toHtml(value);
        };
    return absoluteAddresses(html, base);
  }

  /** The address resolved against the base when it is relative and the base absolute. */
  static String absolute(String url, String base) {
    if (url == null || url.isBlank()) {
      return "";
    }
    String stripped = url.strip();
    if (base == null || base.isBlank()) {
      return stripped;
    }
    try {
      URI uri = new URI(stripped.replace(" ", "%20"));
      if (uri.isAbsolute()) {
        return stripped;
      }
      URI baseUri = new URI(base.strip());
      return baseUri.isAbsolute() && baseUri.getScheme().startsWith("http")
          ? baseUri.resolve(uri).toString()
          : stripped;
    } catch (java.net.URISyntaxException | IllegalArgumentException e) {
      return stripped;
    }
  }

  private static String absoluteAddresses(String html, String base) {
    if (base == null || base.isBlank() || !(html.contains("href") || html.contains("src"))) {
      return html;
    }
    Document document = Jsoup.parseBodyFragment(html);
    document.outputSettings().prettyPrint(false);
    boolean changed = false;
    for (Element element : document.select("a[href], img[src]")) {
      String attribute = element.tagName().equals("a") ? "href" : "src";
      String value = element.attr(attribute);
      if (value.startsWith("#")) {
        continue;
      }
      String resolved = absolute(value, base);
      if (!resolved.equals(value)) {
        element.attr(attribute, resolved);
        changed = true;
      }
    }
    return changed ? document.body().html() : html;
  }

  private enum Kind {
    TEXT,
    HTML,
    BASE64
  }

  // Atom's types ("text", "html", "xhtml", a MIME type), Atom 0.3's modes, RSS's none (HTML).
  private static Kind kind(String type) {
    if (type == null || type.isBlank()) {
      return Kind.HTML;
    }
    String t = type.strip().toLowerCase(java.util.Locale.ROOT);
    if (t.equals("text") || t.equals("text/plain")) {
      return Kind.TEXT;
    }
    if (t.equals("base64") || t.equals("application/octet-stream")) {
      return Kind.BASE64;
    }
    return Kind.HTML;
  }

  private static String decoded(String value) {
    try {
      return new String(
          Base64.getMimeDecoder().decode(value.strip()), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return value;
    }
  }
}
