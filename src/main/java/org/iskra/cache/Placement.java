package org.iskra.cache;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.iskra.publication.PageTags;

/**
 * Where readers find an article: the paths of the listings it is in (front page, section, authors,
 * tags, countries, archive month and year) and its place in their order. {@link #NOWHERE} for an
 * article readers cannot see.
 */
record Placement(Set<String> listings, Instant publishedAt) {

  static final Placement NOWHERE = new Placement(Set.of(), null);

  static final String ARCHIVE_INDEX = "/archive";
  static final String COUNTRY_INDEX = "/countries";

  boolean visible() {
    return !listings.isEmpty();
  }

  /**
   * The tags to purge when an article goes from {@code before} to {@code after}: its own page and
   * every page showing it (one tag), the sitemaps (their dates change with any visible write), and
   * the listings whose membership changed — all of both sides' listings when its place in their
   * order changed (published, withdrawn, or re-dated). A listing it stays in, in the same place, is
   * left alone: its pages that show the article carry the article's tag. The archive and country
   * indexes count articles, so they go when a month or country gains or loses one.
   */
  static Set<String> purges(long articleId, Placement before, Placement after) {
    Set<String> tags = new LinkedHashSet<>();
    if (!before.visible() && !after.visible()) {
      return tags;
    }
    tags.add(PageTags.article(articleId));
    tags.add(PageTags.SITEMAPS);
    Set<String> changed = new LinkedHashSet<>(before.listings());
    changed.addAll(after.listings());
    Set<String> kept = new LinkedHashSet<>(before.listings());
    kept.retainAll(after.listings());
    changed.removeAll(kept);
    boolean reordered =
        before.visible() != after.visible()
            || !java.util.Objects.equals(before.publishedAt(), after.publishedAt());
    Set<String> listings = new LinkedHashSet<>(changed);
    if (reordered) {
      listings.addAll(before.listings());
      listings.addAll(after.listings());
    }
    listings.forEach(path -> tags.add(PageTags.listing(path)));
    if (changed.stream().anyMatch(path -> path.startsWith(ARCHIVE_INDEX + "/"))) {
      tags.add(PageTags.listing(ARCHIVE_INDEX));
    }
    if (changed.stream().anyMatch(path -> path.startsWith("/country/"))) {
      tags.add(PageTags.listing(COUNTRY_INDEX));
    }
    return tags;
  }
}
