package org.iskra.publication;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.iskra.section.Section;

/**
 * Everything around a public page's own content: the publication, the navigation, the page's title,
 * description and canonical address, and the reader's way of seeing dates.
 *
 * @param activeSection slug of the section the page belongs to, or empty
 */
public record PageFrame(
    Publication publication,
    List<Section> navigation,
    String title,
    String description,
    String canonicalPath,
    String activeSection) {

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

  public boolean isActive(Section section) {
    return section.slug().equals(activeSection);
  }
}
