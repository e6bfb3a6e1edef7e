package org.iskra.event;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Writes events as an iCalendar (RFC 5545) document. Times are written in UTC ({@code
 * 20240217T140000Z}), which every calendar program reads and converts to the reader's own zone
 * without needing a VTIMEZONE definition; daylight-saving rules are applied when the instant is
 * computed from the organiser's local time, not by the reader. Lines end in CRLF and are folded at
 * 75 octets. Stateless.
 */
final class ICalendarWriter {

  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private ICalendarWriter() {}

  /**
   * @param absolute turns a site path into an absolute URL
   * @param host the site's host name, for globally unique UIDs
   */
  static String write(
      String calendarName,
      List<Event> events,
      UnaryOperator<String> absolute,
      String host,
      Instant stamp) {
    StringBuilder out = new StringBuilder();
    line(out, "BEGIN:VCALENDAR");
    line(out, "VERSION:2.0");
    line(out, "PRODID:-//Iskra//Events//EN");
    line(out, "CALSCALE:GREGORIAN");
    line(out, "METHOD:PUBLISH");
    line(out, "X-WR-CALNAME:" + text(calendarName));
    for (Event event : events) {
      line(out, "BEGIN:VEVENT");
      line(out, "UID:event-" + event.id() + "@" + host);
      line(out, "DTSTAMP:" + UTC.format(stamp));
      line(out, "DTSTART:" + UTC.format(event.startsAt()));
      line(out, "DTEND:" + UTC.format(event.endsAt()));
      line(out, "SUMMARY:" + text(event.title()));
      StringBuilder description = new StringBuilder(event.description());
      if (!event.organiser().isEmpty()) {
        description
            .append(description.isEmpty() ? "" : "\n\n")
            .append("Organised by ")
            .append(event.organiser());
      }
      if (!description.isEmpty()) {
        line(out, "DESCRIPTION:" + text(description.toString()));
      }
      String location = event.venue().isEmpty() ? event.onlineUrl() : event.venue();
      line(out, "LOCATION:" + text(location));
      line(out, "URL:" + absolute.apply(event.path()));
      line(out, "END:VEVENT");
    }
    line(out, "END:VCALENDAR");
    return out.toString();
  }

  /** RFC 5545 TEXT: backslash, semicolon, comma and newlines escaped. */
  static String text(String value) {
    return value
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n");
  }

  /** Folds at 75 octets without splitting a UTF-8 character, continuing with a space. */
  private static void line(StringBuilder out, String content) {
    int octets = 0;
    int limit = 75;
    for (int i = 0; i < content.length(); ) {
      int cp = content.codePointAt(i);
      int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (octets + size > limit) {
        out.append("\r\n ");
        octets = 1;
      }
      out.appendCodePoint(cp);
      octets += size;
      i += Character.charCount(cp);
    }
    out.append("\r\n");
  }
}
