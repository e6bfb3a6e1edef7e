package org.iskra.section;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReservedPathsTests {

  @Test
  void editionPrefixesAreKeptFromSections() {
    assertThat(List.of("es", "pt", "ar", "pt-br", "en-gb", "zh-hant", "sr-latn", "search", "desk"))
        .allMatch(ReservedPaths::isReserved);
  }

  @Test
  void ordinarySlugsStayFree() {
    assertThat(List.of("americas", "middle-east", "la-riposte", "us-politics", "art", "news-uk"))
        .noneMatch(ReservedPaths::isReserved);
  }
}
