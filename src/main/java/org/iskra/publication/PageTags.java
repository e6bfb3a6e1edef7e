package org.iskra.publication;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * What the public page being drawn shows, as tags: the page cache ({@code org.iskra.cache}) stores
 * the page under them and drops it when one of them is purged, and a CDN gets them as surrogate
 * keys. A page that declares no tag is never cached, so forgetting a tag costs speed, never
 * freshness.
 *
 * <p>Tags: {@code article:ID} for every article a page shows (its own page, a teaser, a feed item);
 * {@code listing:PATH} for a listing whose membership or order the page depends on ({@code
 * listing:/} for the front page and the site's feeds, {@code listing:/americas} for a section's
 * pages and feeds, {@code listing:/archive/2023/11}, {@code listing:/countries} for the index of
 * countries…); {@value #SITEMAPS}; {@code appeal:ID} and {@code event:ID} for the blocks of those
 * features.
 *
 * <p>{@link #add} works on the request of the current thread and does nothing outside a request
 * (mail rendering, commands). Thread-safe as far as one request is served by one thread.
 */
public final class PageTags {

  /** The request attribute holding the tags declared so far, a {@code Set<String>}. */
  public static final String ATTRIBUTE = PageTags.class.getName();

  /** Every sitemap and the sitemap index. */
  public static final String SITEMAPS = "sitemaps";

  private PageTags() {}

  /** Declares that the current request's page shows these. */
  public static void add(String... tags) {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    if (request == null) {
      return;
    }
    @SuppressWarnings("unchecked")
    Set<String> declared =
        (Set<String>) request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
    if (declared == null) {
      declared = new LinkedHashSet<>();
      request.setAttribute(ATTRIBUTE, declared, RequestAttributes.SCOPE_REQUEST);
    }
    Collections.addAll(declared, tags);
  }

  public static String article(long id) {
    return "article:" + id;
  }

  /** The listing whose pages and feeds hang from {@code path} ("/", "/americas", "/tag/x"). */
  public static String listing(String path) {
    return "listing:" + path;
  }

  /**
   * A translation group: its articles' pages name each other ({@code hreflang}, "Also in"), so a
   * member published, withdrawn or moved changes the others' pages.
   */
  public static String translations(String group) {
    return "translations:" + group;
  }

  /** An image of the media library, shown on the page (a featured image, a feed's enclosure). */
  public static String media(String key) {
    return "media:" + key;
  }

  public static String appeal(long id) {
    return "appeal:" + id;
  }

  public static String event(long id) {
    return "event:" + id;
  }
}
