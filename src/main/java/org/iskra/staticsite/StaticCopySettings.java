package org.iskra.staticsite;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the running site keeps its static copy (prefix {@code iskra.static-copy}), refreshed from
 * the desk's Static copy page without stopping the server.
 *
 * @param directory the folder to write; unset, the page says how to set it and refreshes nothing
 * @param searchUrl where the copy's search form sends readers (an http(s) address or a path), or
 *     unset to keep the site's own {@code /search}
 * @param refreshAfterChanges when set, the copy follows the site by itself: a refresh starts this
 *     long after a change readers see (an article published, revised or withdrawn, an appeal's or
 *     an event's block), covering every change made meanwhile; unset, only the desk's button
 *     refreshes it
 */
@ConfigurationProperties("iskra.static-copy")
public record StaticCopySettings(Path directory, String searchUrl, Duration refreshAfterChanges) {

  public StaticCopySettings {
    if (refreshAfterChanges != null
        && (refreshAfterChanges.isNegative() || refreshAfterChanges.isZero())) {
      throw new IllegalArgumentException(
          "iskra.static-copy.refresh-after-changes must be a positive duration (say 60s), not "
              + refreshAfterChanges);
    }
    if (searchUrl != null && searchUrl.isBlank()) {
      searchUrl = null;
    }
    if (searchUrl != null && !isSearchUrl(searchUrl)) {
      throw new IllegalArgumentException(
          "iskra.static-copy.search-url takes an http(s) address or a path, not " + searchUrl);
    }
  }

  /** Whether {@code value} may be the copy's search address: the same rule as the command's. */
  public static boolean isSearchUrl(String value) {
    return value.matches("(https?://|/)\\S+");
  }

  boolean configured() {
    return directory != null;
  }

  boolean followsChanges() {
    return directory != null && refreshAfterChanges != null;
  }
}
