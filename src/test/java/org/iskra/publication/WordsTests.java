package org.iskra.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Dates as readers of each language write them; a day is the publication's day, not UTC's. */
class WordsTests {

  private static Words words(String language) {
    ResourceBundleMessageSource source = new ResourceBundleMessageSource();
    source.setBasename("i18n/messages");
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    return new Words(source, Locale.of(language));
  }

  @Test
  void writesTheDayOfTheInstantInThePublicationsZone() {
    Words english = words("en");
    ZoneId lima = ZoneId.of("America/Lima");
    Instant lateInLondon = Instant.parse("2023-12-07T03:30:00Z"); // still the 6th in Lima

    assertThat(english.date(lateInLondon, ZoneId.of("UTC"))).isEqualTo("7 December 2023");
    assertThat(english.date(lateInLondon, lima)).isEqualTo("6 December 2023");
    assertThat(english.date(Instant.parse("2023-12-06T12:00:00Z"), lima))
        .as("the same day, written once and kept")
        .isEqualTo("6 December 2023");
    assertThat(words("es").date(lateInLondon, lima)).isEqualTo("6 de diciembre de 2023");
    assertThat(english.date(null, lima)).isEmpty();
  }
}
