package org.iskra.api;

import java.util.Locale;

/** What an Admin API token may touch; the account's role still decides what it may do there. */
enum Scope {
  /** Read, create, edit, publish, schedule, unpublish and delete articles. */
  ARTICLES_WRITE("articles:write"),
  /** Upload images to the media library. */
  MEDIA_WRITE("media:write"),
  /** Create and change sections, tags and authors (editors and administrators only). */
  TAXONOMY_WRITE("taxonomy:write"),
  /** Refresh the static copy and see how it went (administrators only). */
  STATIC_COPY_WRITE("static-copy:write");

  private final String code;

  Scope(String code) {
    this.code = code;
  }

  String code() {
    return code;
  }

  static Scope fromCode(String code) {
    for (Scope scope : values()) {
      if (scope.code.equals(code.strip().toLowerCase(Locale.ROOT))) {
        return scope;
      }
    }
    throw new IllegalArgumentException("Unknown scope '" + code + "'");
  }
}
