package org.iskra.section;

import java.util.Set;

/**
 * First path segments that belong to the site itself, so no section may take them: a section front
 * lives at {@code /{slug}}. Two-letter slugs are kept for language editions ({@code /es/}).
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

  static boolean isReserved(String slug) {
    return slug.length() <= 2 || RESERVED.contains(slug);
  }
}
