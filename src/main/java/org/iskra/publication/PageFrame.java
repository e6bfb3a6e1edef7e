package org.iskra.publication;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.iskra.section.Section;

/**
 * Everything around a public page's own content: the publication, the navigation, the page's title,
 * description and canonical address, the feeds it points to, and the reader's way of seeing dates.
 *
 * @param activeSection slug of the section the page belongs to, or empty
 * @param site where the site is reached, for absolute addresses
 * @param feeds the feeds named in the page's head, its own (if any) before the whole site's
 */
public record PageFrame(
    Publication publication,
    List<Section> navigation,
    String title,
    String description,
    String canonicalPath,
    String activeSection,
    SiteSettings site,
    List<FeedLink> feeds) {

  public PageFrame {
    feeds = List.copyOf(feeds);
  }

  private static final DateTimeFormatter LONG_DATE =
      DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.UK);

  /** The {@code <title>}: the page's title, then the publication's name. */
  public String documentTitle() {
    return title.isEmpty() ? publication.name() : title + " | " + publication.name();
  }

  /** A date as readers read it, in the publication's timezone ("6 December 2023"). */
  public String date(Instant instant) {
    return instant == null ? "" : LONG_DATE.format(instant.atZone(publication.zone()));
  }

  /** A date for {@code <time datetime>}, with the publication's offset. */
  public String machineDate(Instant instant) {
    return instant == null
        ? ""
        : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(publication.zone()));
  }

  /** The page's canonical address, absolute; empty when the page has none. */
  public String canonicalUrl() {
    return canonicalPath.isEmpty() ? "" : site.absolute(canonicalPath);
  }

  /** The absolute address of a path of this site. */
  public String absolute(String path) {
    return site.absolute(path);
  }

  /** This frame with the feeds of the listing at {@code basePath} before the site's own. */
  public PageFrame withFeedsOf(String name, String basePath) {
    List<FeedLink> all = new ArrayList<>(FeedLink.of(name, basePath));
    all.addAll(feeds);
    return new PageFrame(
        publication, navigation, title, description, canonicalPath, activeSection, site, all);
  }

  public boolean isActive(Section section) {
    return section.slug().equals(activeSection);
  }
}
