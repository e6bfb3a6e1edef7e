package org.iskra.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.iskra.search.SearchQuery;

/**
 * Turns what a reader typed into a Lucene query over the text fields of each language group.
 * SimpleQueryParser semantics ({@code "phrases"}, {@code -exclusions}, {@code prefix*}, all words
 * required), and it never fails: control characters become spaces, the text is cut to {@link
 * SearchQuery#MAX_LENGTH}, a lone quote is taken as a space, and text without a letter or digit
 * counts as no text.
 */
final class QueryText {

  /** Title counts three times a body match, the standfirst twice. */
  static final float TITLE_WEIGHT = 3f;

  static final float STANDFIRST_WEIGHT = 2f;
  static final float BODY_WEIGHT = 1f;

  private static final int FLAGS =
      SimpleQueryParser.PHRASE_OPERATOR
          | SimpleQueryParser.NOT_OPERATOR
          | SimpleQueryParser.PREFIX_OPERATOR
          | SimpleQueryParser.WHITESPACE_OPERATOR
          | SimpleQueryParser.OR_OPERATOR
          | SimpleQueryParser.PRECEDENCE_OPERATORS;

  /** Close words tried per word and field: enough for a typo, bounded in cost. */
  static final int CLOSE_TERMS = 3;

  private final TextAnalysis analysis;

  QueryText(TextAnalysis analysis) {
    this.analysis = analysis;
  }

  /** The text as it will be parsed, or empty when it has nothing to search for. */
  static String clean(String text) {
    if (text == null) {
      return "";
    }
    String cut =
        text.length() > SearchQuery.MAX_LENGTH ? text.substring(0, SearchQuery.MAX_LENGTH) : text;
    StringBuilder clean = new StringBuilder(cut.length());
    int quotes = 0;
    boolean meaningful = false;
    for (int i = 0; i < cut.length(); i++) {
      char c = cut.charAt(i);
      if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
        clean.append(' ');
        continue;
      }
      if (Character.isSurrogate(c) && !validSurrogate(cut, i)) {
        clean.append(' ');
        continue;
      }
      if (c == '"') {
        quotes++;
      }
      meaningful |= Character.isLetterOrDigit(c);
      clean.append(c);
    }
    if (!meaningful) {
      return "";
    }
    if (quotes % 2 == 1) {
      int last = clean.lastIndexOf("\"");
      clean.setCharAt(last, ' ');
    }
    return clean.toString().strip();
  }

  private static boolean validSurrogate(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
  }

  /**
   * The query over the given language groups (an article matches through its own group's fields
   * only, so that {@code -word} excludes it in its language), or null when the cleaned text is
   * empty. Fuzzy lets each word match close words too, phrases stay exact, and exact matches keep
   * ranking above loose ones.
   */
  Query parse(String cleanText, Collection<String> groups, boolean fuzzy, IndexReader reader) {
    if (cleanText.isEmpty()) {
      return null;
    }
    Query exact = parseGroups(cleanText, groups, null);
    if (!fuzzy) {
      return exact;
    }
    return new BooleanQuery.Builder()
        .add(new BoostQuery(exact, 4f), Occur.SHOULD)
        .add(parseGroups(cleanText, groups, reader), Occur.SHOULD)
        .build();
  }

  /** With a reader, each word also matches the close words the index has (typo tolerance). */
  private Query parseGroups(String cleanText, Collection<String> groups, IndexReader fuzzy) {
    BooleanQuery.Builder anyGroup = new BooleanQuery.Builder();
    for (String group : groups) {
      Map<String, Float> weights = new LinkedHashMap<>();
      weights.put(ArticleFields.title(group), TITLE_WEIGHT);
      weights.put(ArticleFields.standfirst(group), STANDFIRST_WEIGHT);
      weights.put(ArticleFields.body(group), BODY_WEIGHT);
      Analyzer analyzer = analysis.of(group);
      SimpleQueryParser parser =
          fuzzy != null
              ? new FuzzyParser(analyzer, weights, fuzzy, group)
              : new SimpleQueryParser(analyzer, weights, FLAGS);
      parser.setDefaultOperator(Occur.MUST);
      Query query = parser.parse(cleanText);
      if (query == null || query instanceof MatchNoDocsQuery) {
        continue;
      }
      anyGroup.add(
          new BooleanQuery.Builder()
              .add(query, Occur.MUST)
              .add(new TermQuery(new Term(ArticleFields.GROUP, group)), Occur.FILTER)
              .build(),
          Occur.SHOULD);
    }
    return anyGroup.build();
  }

  /** Edits allowed for a (stemmed) term: none up to four letters, one up to seven, then two. */
  static int maxEdits(String term) {
    int length = term.codePointCount(0, term.length());
    return length <= 4 ? 0 : length <= 7 ? 1 : 2;
  }

  /**
   * Each plain word matches itself or the closest more frequent words of the index's titles and
   * bodies (Lucene's spell checker: one Levenshtein automaton per word and field, where a
   * FuzzyQuery per field would build them per field and segment, and again to highlight); phrases,
   * prefixes and exclusions keep their meaning.
   */
  private static final class FuzzyParser extends SimpleQueryParser {

    private final IndexReader reader;
    private final String group;
    private final Map<String, Set<String>> alternatives = new HashMap<>();

    FuzzyParser(Analyzer analyzer, Map<String, Float> weights, IndexReader reader, String group) {
      super(analyzer, weights, FLAGS);
      this.reader = reader;
      this.group = group;
    }

    @Override
    protected Query newDefaultQuery(String text) {
      List<String> terms = terms(getAnalyzer(), ArticleFields.body(group), text);
      if (terms.isEmpty()) {
        return null;
      }
      BooleanQuery.Builder allWords = new BooleanQuery.Builder();
      for (String term : terms) {
        BooleanQuery.Builder anyForm = new BooleanQuery.Builder();
        for (String form : alternatives.computeIfAbsent(term, this::closeTerms)) {
          for (Map.Entry<String, Float> field : weights.entrySet()) {
            anyForm.add(
                new BoostQuery(new TermQuery(new Term(field.getKey(), form)), field.getValue()),
                Occur.SHOULD);
          }
        }
        allWords.add(anyForm.build(), Occur.MUST);
      }
      return allWords.build();
    }

    private Set<String> closeTerms(String term) {
      Set<String> forms = new LinkedHashSet<>();
      forms.add(term);
      int edits = maxEdits(term);
      if (edits == 0) {
        return forms;
      }
      DirectSpellChecker checker = new DirectSpellChecker();
      checker.setMaxEdits(edits);
      checker.setMinPrefix(1);
      checker.setMinQueryLength(4);
      checker.setAccuracy(0.6f);
      try {
        for (String field : List.of(ArticleFields.title(group), ArticleFields.body(group))) {
          for (SuggestWord word :
              checker.suggestSimilar(
                  new Term(field, term), CLOSE_TERMS, reader, SuggestMode.SUGGEST_MORE_POPULAR)) {
            forms.add(word.string);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return forms;
    }
  }

  static List<String> terms(Analyzer analyzer, String field, String text) {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }
}
