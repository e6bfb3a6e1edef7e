package org.iskra.syndication;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Old sites' addresses in one normal form, so that an address recorded at import and the same
 * address requested later meet: the path percent-decoded, without trailing slashes, and of the
 * query only what WordPress and Joomla identify an article by ({@code /?p=123}, {@code
 * /index.php?option=com_content&view=article&id=123}). Stateless.
 */
final class LegacyPaths {

  private static final Pattern DIGITS = Pattern.compile("[0-9]{1,18}");

  /** Longest path kept; longer addresses are not articles of an old site. */
  static final int MAX_LENGTH = 1000;

  private LegacyPaths() {}

  /** {@code /?p=ID}: where WordPress answers a post by its id. */
  static String wordPressPost(String id) {
    return "/?p=" + id;
  }

  /** Joomla's address of an article by its id. */
  static String joomlaArticle(String id) {
    return "/index.php?option=com_content&view=article&id=" + id;
  }

  /** The normal form of an absolute or site-relative URL, or empty when it has no usable path. */
  static Optional<String> ofUrl(String url) {
    if (url == null || url.isBlank()) {
      return Optional.empty();
    }
    try {
      URI uri = URI.create(url.strip().replace(" ", "%20"));
      return of(uri.getRawPath(), uri.getRawQuery());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * The normal form of a requested path and raw query, or empty when it cannot be an old address.
   */
  static Optional<String> of(String rawPath, String rawQuery) {
    if (rawPath == null) {
      return Optional.empty();
    }
    String path;
    try {
      path = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (path.isEmpty()) {
      path = "/";
    }
    if (!path.startsWith("/") || path.length() > MAX_LENGTH || path.contains("//")) {
      return Optional.empty();
    }
    String query = rawQuery == null ? "" : rawQuery;
    String p = parameter(query, "p");
    boolean front = path.equals("/") || path.equals("/index.php");
    if (front && p != null && DIGITS.matcher(p).matches()) {
      return Optional.of(wordPressPost(p));
    }
    String id = parameter(query, "id");
    if (front
        && "com_content".equals(parameter(query, "option"))
        && "article".equals(parameter(query, "view"))
        && id != null) {
      // Joomla writes ids with their alias too: id=123:some-alias.
      String number = id.contains(":") ? id.substring(0, id.indexOf(':')) : id;
      return DIGITS.matcher(number).matches()
          ? Optional.of(joomlaArticle(number))
          : Optional.empty();
    }
    String trimmed = path.replaceAll("/+$", "");
    return trimmed.isEmpty() ? Optional.empty() : Optional.of(trimmed);
  }

  /** Whether the request carries a query that only an old site's front page understood. */
  static boolean isLegacyQuery(String rawPath, String rawQuery) {
    if (rawQuery == null || !("/".equals(rawPath) || "/index.php".equals(rawPath))) {
      return false;
    }
    return parameter(rawQuery, "p") != null || parameter(rawQuery, "option") != null;
  }

  private static String parameter(String query, String name) {
    for (String pair : query.split("&")) {
      int equals = pair.indexOf('=');
      String key = equals < 0 ? pair : pair.substring(0, equals);
      if (key.equals(name)) {
        String value = equals < 0 ? "" : pair.substring(equals + 1);
        try {
          return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
          return null;
        }
      }
    }
    return null;
  }
}
