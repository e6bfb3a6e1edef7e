package org.iskra.search.lucene;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.pt.PortugueseLightStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * How text is cut into terms, per language: every language's text is case- and accent-folded (ICU),
 * so "tupac peru" finds "Túpac … Perú"; English, Spanish, Portuguese and French are also stemmed
 * (light stemmers, no stop words, so that phrases and short queries keep every word). Each language
 * group has its own fields ({@code title_en}, {@code body_es}…): a term means one thing in one
 * language's field and the statistics stay per language.
 */
final class TextAnalysis {

  /** Language groups with their own fields; {@link #OTHER} is folded but not stemmed. */
  static final List<String> GROUPS = List.of("en", "es", "pt", "fr", "xx");

  static final String OTHER = "xx";

  private final Map<String, Analyzer> byGroup = new HashMap<>();
  private final Analyzer folding = new LanguageAnalyzer(OTHER);
  private final Analyzer indexing;

  TextAnalysis() {
    Map<String, Analyzer> perField = new HashMap<>();
    for (String group : GROUPS) {
      Analyzer analyzer = new LanguageAnalyzer(group);
      byGroup.put(group, analyzer);
      for (String field : ArticleFields.textFields(group)) {
        perField.put(field, analyzer);
      }
    }
    indexing = new PerFieldAnalyzerWrapper(folding, perField);
  }

  /** The group of a BCP 47 tag: its primary language when it has fields, otherwise OTHER. */
  static String group(String language) {
    if (language == null || language.isBlank()) {
      return OTHER;
    }
    String primary = Locale.forLanguageTag(language.strip()).getLanguage();
    return GROUPS.contains(primary) ? primary : OTHER;
  }

  Analyzer of(String group) {
    return byGroup.get(group);
  }

  /** Folding only, for suggestions and anything that must not stem. */
  Analyzer folding() {
    return folding;
  }

  /** Every field with its analyzer, for the writer and the highlighter. */
  Analyzer indexing() {
    return indexing;
  }

  private static final class LanguageAnalyzer extends Analyzer {

    private final String group;

    LanguageAnalyzer(String group) {
      this.group = group;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      TokenStream stream = source;
      if (group.equals("en")) {
        stream = new EnglishPossessiveFilter(stream);
      } else if (group.equals("fr")) {
        stream = new ElisionFilter(stream, FrenchAnalyzer.DEFAULT_ARTICLES);
      }
      // Stemmers read accents (Portuguese "regiões" → "região"), so they run before folding;
      // typed without accents the word stems to the same folded term.
      stream = new LowerCaseFilter(stream);
      stream =
          switch (group) {
            case "en" -> new PorterStemFilter(stream);
            case "es" -> new SpanishLightStemFilter(stream);
            case "pt" -> new PortugueseLightStemFilter(stream);
            case "fr" -> new FrenchLightStemFilter(stream);
            default -> stream;
          };
      stream = new ICUFoldingFilter(stream);
      return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new ICUFoldingFilter(in);
    }
  }
}
