package org.iskra.syndication;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A subscription as the desk lists it.
 *
 * @param sectionName the section its items are republished into
 * @param waiting its items waiting in the review queue
 */
public record SubscriptionRow(FeedSubscription subscription, String sectionName, long waiting) {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

  /** A time as the desk shows it, in the publication's timezone; a dash for none. */
  public static String when(Instant instant, ZoneId zone) {
    return instant == null ? "—" : WHEN.format(instant.atZone(zone));
  }
}
