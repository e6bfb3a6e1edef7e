package org.iskra.section;

import com.ibm.icu.lang.UScript;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * First path segments that belong to the site itself, so no section may take them: a section front
 * lives at {@code /{slug}}. Slugs that could be a language edition's prefix are kept for editions,
 * whether the publication has that edition yet or not: every two-letter slug ({@code /es}), and a
 * language with a region or script ({@code /pt-br}, {@code /zh-hant}).
 */
final class ReservedPaths {

  private static final Set<String> RESERVED =
      Set.of(
          "about",
          "api",
          "archive",
          "assets",
          "author",
          "authors",
          "country",
          "countries",
          "desk",
          "error",
          "event",
          "events",
          "feed",
          "feeds",
          "login",
          "logout",
          "media",
          "newsletter",
          "search",
          "setup",
          "sitemap",
          "static",
          "webjars",
          "tag",
          "tags",
          "appeal",
          "appeals",
          "webhooks");

  private ReservedPaths() {}

  private static final Pattern EDITION = Pattern.compile("([a-z]{2})-([a-z]{2}|[a-z]{4})");

  private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

  static boolean isReserved(String slug) {
    return slug.length() <= 2 || RESERVED.contains(slug) || isEditionPrefix(slug);
  }

  private static boolean isEditionPrefix(String slug) {
    Matcher matcher = EDITION.matcher(slug);
    if (!matcher.matches() || !LANGUAGES.contains(matcher.group(1))) {
      return false;
    }
    String qualifier = matcher.group(2);
    return qualifier.length() == 4
        ? isScript(qualifier)
        : Set.of(Locale.getISOCountries()).contains(qualifier.toUpperCase(Locale.ROOT));
  }

  private static boolean isScript(String code) {
    try {
      return UScript.getCodeFromName(code) != UScript.INVALID_CODE;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
