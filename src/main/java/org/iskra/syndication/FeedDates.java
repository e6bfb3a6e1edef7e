package org.iskra.syndication;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Entry dates as feeds write them. Rome drops a date it cannot read without a word; this reads each
 * entry's date as written, so that the report can name a date that no reader understands, and
 * understands a few more forms seen in old feeds (named American zones, two-digit years, missing
 * seconds, dates without a zone, read as UTC). Stateless.
 */
final class FeedDates {

  /**
   * An entry's date as written.
   *
   * @param element the element it was written in, e.g. {@code pubDate}
   * @param text its text, or empty when the entry has no date
   * @param line the line of the element, or 0
   */
  record Written(String element, String text, int line) {
    static final Written NONE = new Written("", "", 0);
  }

  // In order of preference, as Rome prefers the publication date to the last change.
  private static final List<String> DATE_ELEMENTS =
      List.of("pubDate", "published", "issued", "date", "created", "updated", "modified");
  private static final Set<String> ENTRIES = Set.of("item", "entry");

  private static final Map<String, String> ZONES =
      Map.ofEntries(
          Map.entry("GMT", "+0000"),
          Map.entry("UTC", "+0000"),
          Map.entry("UT", "+0000"),
          Map.entry("Z", "+0000"),
          Map.entry("EST", "-0500"),
          Map.entry("EDT", "-0400"),
          Map.entry("CST", "-0600"),
          Map.entry("CDT", "-0500"),
          Map.entry("MST", "-0700"),
          Map.entry("MDT", "-0600"),
          Map.entry("PST", "-0800"),
          Map.entry("PDT", "-0700"));
  private static final Pattern WEEKDAY = Pattern.compile("^[A-Za-z]{2,9}\\.?,?\\s+");
  private static final Pattern TRAILING_ZONE = Pattern.compile("\\s([A-Za-z]{1,3})$");
  private static final List<DateTimeFormatter> WRITTEN =
      List.of(
          formatter("d MMM uuuu H:mm:ss xx"),
          formatter("d MMM uuuu H:mm xx"),
          formatter("d MMM yy H:mm:ss xx"),
          formatter("d MMM yy H:mm xx"),
          formatter("d MMMM uuuu H:mm:ss xx"),
          formatter("d MMMM uuuu H:mm xx"),
          formatter("MMM d uuuu H:mm:ss xx"),
          formatter("uuuu-MM-dd H:mm:ss xx"),
          formatter("uuuu-MM-dd'T'H:mm:ssxx"),
          formatter("uuuu-MM-dd'T'H:mmxxx"));
  private static final List<DateTimeFormatter> WITHOUT_ZONE =
      List.of(
          formatter("d MMM uuuu H:mm:ss"),
          formatter("d MMM uuuu H:mm"),
          formatter("uuuu-MM-dd H:mm:ss"),
          formatter("uuuu-MM-dd H:mm"),
          formatter("uuuu-MM-dd'T'H:mm:ss"),
          formatter("uuuu-MM-dd'T'H:mm"));

  private FeedDates() {}

  private static DateTimeFormatter formatter(String pattern) {
    return new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendPattern(pattern)
        .toFormatter(Locale.ENGLISH);
  }

  /**
   * The date as written of every item ({@code <item>} of RSS and RDF, {@code <entry>} of Atom) in
   * document order. The content was checked by {@link SafeXml#check} already.
   */
  static List<Written> written(byte[] content, String name) {
    XMLStreamReader reader = SafeXml.open(content, name);
    List<Written> dates = new ArrayList<>();
    try {
      int depth = 0;
      int entryDepth = -1;
      Written best = Written.NONE;
      while (reader.hasNext()) {
        int event = reader.next();
        if (event == XMLStreamConstants.DTD) {
          SafeXml.doctype(name, reader);
        } else if (event == XMLStreamConstants.START_ELEMENT) {
          depth++;
          String element = reader.getLocalName();
          if (entryDepth < 0 && ENTRIES.contains(element)) {
            entryDepth = depth;
            best = Written.NONE;
          } else if (entryDepth > 0 && depth == entryDepth + 1 && DATE_ELEMENTS.contains(element)) {
            int line = reader.getLocation().getLineNumber();
            String text = reader.getElementText().strip();
            depth--;
            if (!text.isEmpty() && better(element, best)) {
              best = new Written(element, text, line);
            }
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          if (depth == entryDepth) {
            dates.add(best);
            entryDepth = -1;
          }
          depth--;
        }
      }
      reader.close();
    } catch (XMLStreamException e) {
      // A date element with markup inside: no date can be named for the entries; Rome decides.
      return List.of();
    }
    return dates;
  }

  private static boolean better(String element, Written best) {
    return best.text().isEmpty()
        || DATE_ELEMENTS.indexOf(element) < DATE_ELEMENTS.indexOf(best.element());
  }

  /** The instant the text names, in one of the forms feeds use, or empty. */
  static Optional<Instant> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String t = text.strip().replaceAll("\\s+", " ");
    try {
      return Optional.of(OffsetDateTime.parse(t).toInstant());
    } catch (DateTimeParseException e) {
      // Not ISO 8601 with an offset; try the others.
    }
    String written = WEEKDAY.matcher(t).replaceFirst("").replace(",", " ").replaceAll("\\s+", " ");
    var zone = TRAILING_ZONE.matcher(written);
    if (zone.find() && ZONES.containsKey(zone.group(1).toUpperCase(Locale.ROOT))) {
      written =
          written.substring(0, zone.start())
              + " "
              + ZONES.get(zone.group(1).toUpperCase(Locale.ROOT));
    }
    written = written.replaceAll("([+-][0-9]{2}):([0-9]{2})$", "$1$2");
    for (DateTimeFormatter formatter : WRITTEN) {
      try {
        return Optional.of(OffsetDateTime.parse(written, formatter).toInstant());
      } catch (DateTimeParseException e) {
        // Try the next form.
      }
    }
    for (DateTimeFormatter formatter : WITHOUT_ZONE) {
      try {
        return Optional.of(LocalDateTime.parse(written, formatter).toInstant(ZoneOffset.UTC));
      } catch (DateTimeParseException e) {
        // Try the next form.
      }
    }
    try {
      return Optional.of(LocalDate.parse(t).atStartOfDay().toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** The report's note for a date that could not be read. */
  static String unreadable(Written written) {
    return (written.line() > 0 ? "line " + written.line() + ": " : "")
        + "<"
        + written.element()
        + "> '"
        + written.text()
        + "' is not a date; the article is dated at the import";
  }
}
