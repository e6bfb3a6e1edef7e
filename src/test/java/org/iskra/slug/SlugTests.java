package org.iskra.slug;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugTests {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Túpac Amaru II | tupac-amaru-ii",
        "Túpac Amaru II and the great Andean rebellion of 1780 | tupac-amaru-ii-and-the-great-andean-rebellion-of-1780",
        "Venezuela's Essequibo referendum: for an internationalist position | venezuelas-essequibo-referendum-for-an-internationalist-position",
        "Argentina’s run-off | argentinas-run-off",
        "Panamerican School appeal: $8,750 raised | panamerican-school-appeal-8750-raised",
        "Perú, São Paulo & Zürich | peru-sao-paulo-zurich",
        "Москва и Санкт-Петербург | moskva-i-sankt-peterburg",
        "Ελλάδα | ellada",
        "  --Already--a--slug--  | already-a-slug",
        "Straße | strasse",
        "Œuvres complètes | oeuvres-completes"
      })
  void transliteratesToLowerCaseAsciiWords(String text, String slug) {
    assertThat(Slug.from(text)).isEqualTo(slug);
    assertThat(Slug.isValid(slug)).isTrue();
  }

  @ParameterizedTest
  @CsvSource(value = {"''", "'   '", "'!!! ???'", "'—'"})
  void givesNothingForTextWithoutLettersOrDigits(String text) {
    assertThat(Slug.from(text)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void cutsLongTitlesAtAWordBoundary() {
    String slug = Slug.from("word ".repeat(40));
    assertThat(slug.length()).isLessThanOrEqualTo(Slug.MAX_LENGTH);
    assertThat(slug).endsWith("word").doesNotEndWith("-");
  }

  @ParameterizedTest
  @CsvSource(value = {"Upper", "two--hyphens", "-lead", "trail-", "spa ce", "ünï", "''"})
  void refusesMalformedSlugs(String candidate) {
    assertThat(Slug.isValid(candidate)).isFalse();
  }
}
