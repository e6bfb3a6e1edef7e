package org.iskra.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ICalendarWriterTests {

  @Test
  void linesEndInCrlfAreFoldedAt75OctetsAndTextIsEscaped() {
    Event event =
        new Event(
            7,
            "school",
            "Winter school; Lenin, life and ideas — ".repeat(4),
            "Line one\nline two",
            Instant.parse("2024-02-17T14:00:00Z"),
            Instant.parse("2024-02-18T22:00:00Z"),
            ZoneId.of("America/Toronto"),
            "Montreal, Quebec",
            "",
            "Fightback",
            List.of());
    String ics =
        ICalendarWriter.write(
            "Events", List.of(event), p -> "https://example.org" + p, "example.org", Instant.EPOCH);
    assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
    for (String line : ics.split("\r\n")) {
      assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
          .isLessThanOrEqualTo(75);
    }
    String unfolded = ics.replace("\r\n ", "");
    assertThat(unfolded).contains("SUMMARY:Winter school\\; Lenin\\, life and ideas");
    assertThat(unfolded).contains("DESCRIPTION:Line one\\nline two\\n\\nOrganised by Fightback");
    assertThat(unfolded).contains("DTSTART:20240217T140000Z\r\nDTEND:20240218T220000Z");
    assertThat(unfolded).contains("UID:event-7@example.org");
  }
}
