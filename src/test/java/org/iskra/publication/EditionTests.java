package org.iskra.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class EditionTests {

  private final ReaderLanguages languages = new ReaderLanguages();

  @Test
  void anEditionPutsRootPathsUnderItsPrefix() {
    Edition spanish = new Edition("es", "/es");
    assertThat(spanish.path("/")).isEqualTo("/es");
    assertThat(spanish.path("/?page=2")).isEqualTo("/es?page=2");
    assertThat(spanish.path("/americas")).isEqualTo("/es/americas");
    assertThat(spanish.path("/search?q=huelga")).isEqualTo("/es/search?q=huelga");
    Edition english = new Edition("en", "");
    assertThat(english.path("/")).isEqualTo("/");
    assertThat(english.path("/americas?page=2")).isEqualTo("/americas?page=2");
    assertThat(english.isDefault()).isTrue();
    assertThat(spanish.isDefault()).isFalse();
  }

  @Test
  void languagesAreNamedInThemselves() {
    assertThat(Edition.nativeName("es")).isEqualTo("Español");
    assertThat(Edition.nativeName("pt")).isEqualTo("Português");
    assertThat(Edition.nativeName("fr")).isEqualTo("Français");
    assertThat(Edition.nativeName("en")).isEqualTo("English");
    assertThat(Edition.nativeName("ar")).isEqualTo("العربية");
  }

  @Test
  void rightToLeftIsTheScriptsDirection() {
    assertThat(List.of("ar", "fa", "he", "ur", "ar-EG", "ps", "yi"))
        .allMatch(Edition::isRightToLeft);
    assertThat(List.of("en", "es", "pt-BR", "fr", "ru", "zh-Hant", "tr"))
        .noneMatch(Edition::isRightToLeft);
  }

  @Test
  void editionLanguagesMustBeUsableAsPrefixes() {
    assertThat(Editions.checked(List.of(" es", "PT-BR", "es", "", "zh-hant")))
        .containsExactly("es", "pt-br", "zh-hant");
    assertThatThrownBy(() -> Editions.checked(List.of("es", "spanish")))
        .hasMessageContaining("'spanish'");
    assertThatThrownBy(() -> Editions.checked(List.of("../x"))).hasMessageContaining("'../x'");
  }

  @Test
  void anEditionsLanguageIsWrittenAsArticlesWriteIt() {
    PublicationProfile profile =
        new PublicationProfile(null, new PublicationDefaults("Iskra", "", "en", "UTC")) {
          @Override
          public Publication current() {
            return new Publication("Iskra", "", "en", ZoneOffset.UTC);
          }

          @Override
          public List<String> storedEditions() {
            return List.of();
          }
        };
    Editions editions = new Editions(profile, new EditionSettings(List.of("en", "pt-br", "es")));
    assertThat(editions.all())
        .containsExactly(
            new Edition("en", ""), new Edition("pt-BR", "/pt-br"), new Edition("es", "/es"));
    assertThat(editions.forLanguage("pt-BR").prefix()).isEqualTo("/pt-br");
    assertThat(editions.forLanguage("ar").isDefault()).isTrue();
    assertThat(editions.ofPath("/pt-br/americas").language()).isEqualTo("pt-BR");
    assertThat(editions.ofPath("/pt-brx").isDefault()).isTrue();
    assertThat(editions.otherLanguages(editions.defaultEdition())).containsExactly("pt-BR", "es");
  }

  @Test
  void wordsComeInTheLanguageWithItsDatesAndNumbers() {
    Instant date = Instant.parse("2023-12-06T10:00:00Z");
    assertThat(languages.of("en").date(date, ZoneOffset.UTC)).isEqualTo("6 December 2023");
    assertThat(languages.of("es").date(date, ZoneOffset.UTC)).isEqualTo("6 de diciembre de 2023");
    assertThat(languages.of("pt").date(date, ZoneOffset.UTC)).isEqualTo("6 de dezembro de 2023");
    assertThat(languages.of("fr").date(date, ZoneOffset.UTC)).isEqualTo("6 décembre 2023");
    assertThat(languages.of("es").t("nav.archive")).isEqualTo("Archivo");
    assertThat(languages.of("fr").t("pagination.where", 2, 5)).isEqualTo("Page 2 sur 5");
    assertThat(languages.of("pt").month(YearMonth.of(2023, 11))).isEqualTo("novembro de 2023");
    assertThat(languages.of("es").number(12345)).isEqualTo("12.345");
    assertThat(languages.of("en").number(12345)).isEqualTo("12,345");
    assertThat(languages.of("fr").country("BR", "Brazil")).isEqualTo("Brésil");
    // A language without a bundle reads English; a key without a word reads as itself.
    assertThat(languages.of("tr").t("nav.archive")).isEqualTo("Archive");
    assertThat(languages.of("es").t("no.such.key")).isEqualTo("no.such.key");
  }

  @Test
  void everyBundleHasEveryEnglishKey() throws Exception {
    java.util.Properties english = bundle("messages.properties");
    for (String language : List.of("es", "pt", "fr", "ar")) {
      java.util.Properties translated = bundle("messages_" + language + ".properties");
      assertThat(translated.stringPropertyNames())
          .as(language)
          .containsAll(english.stringPropertyNames());
    }
  }

  private static java.util.Properties bundle(String name) throws Exception {
    java.util.Properties properties = new java.util.Properties();
    try (var in = EditionTests.class.getResourceAsStream("/i18n/" + name)) {
      properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return properties;
  }
}
