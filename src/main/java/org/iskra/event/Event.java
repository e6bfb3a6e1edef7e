package org.iskra.event;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * An event. Start and end are instants; {@code zone} is where it happens, so that pages show the
 * organiser's local times and calendars convert them correctly across daylight-saving changes.
 *
 * @param venue the place, or empty for an online-only event
 * @param onlineUrl where to join online, or empty
 * @param articleIds linked articles, in the order the desk gave them
 */
public record Event(
    long id,
    String slug,
    String title,
    String description,
    Instant startsAt,
    Instant endsAt,
    ZoneId zone,
    String venue,
    String onlineUrl,
    String organiser,
    List<Long> articleIds) {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.ENGLISH);
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm zzz", Locale.ENGLISH);

  public String path() {
    return "/events/" + slug;
  }

  public ZonedDateTime localStart() {
    return startsAt.atZone(zone);
  }

  public ZonedDateTime localEnd() {
    return endsAt.atZone(zone);
  }

  /** "Saturday 17 February 2024, 09:00 – Sunday 18 February 2024, 17:00 EST". */
  public String when() {
    boolean sameDay = localStart().toLocalDate().equals(localEnd().toLocalDate());
    return WHEN.format(localStart())
        + " – "
        + (sameDay
            ? TIME.format(localEnd())
            : WHEN.format(localEnd())
                + " "
                + localEnd().format(DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH)));
  }

  public boolean isOnline() {
    return !onlineUrl.isEmpty();
  }
}
