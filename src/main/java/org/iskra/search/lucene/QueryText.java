package org.iskra.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
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

  /** Close terms tried per word: enough for a typo, bounded in cost. */
  static final int FUZZY_EXPANSIONS = 20;

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
   * empty. Fuzzy replaces each word by a FuzzyQuery, phrases stay exact, and exact matches keep
   * ranking above loose ones.
   */
  Query parse(String cleanText, Collection<String> groups, boolean fuzzy) {
    if (cleanText.isEmpty()) {
      return null;
    }
    Query exact = parseGroups(cleanText, groups, false);
    if (!fuzzy) {
      return exact;
    }
    return new BooleanQuery.Builder()
        .add(new BoostQuery(exact, 4f), Occur.SHOULD)
        .add(parseGroups(cleanText, groups, true), Occur.SHOULD)
        .build();
  }

  private Query parseGroups(String cleanText, Collection<String> groups, boolean fuzzy) {
    BooleanQuery.Builder anyGroup = new BooleanQuery.Builder();
    for (String group : groups) {
      Map<String, Float> weights = new LinkedHashMap<>();
      weights.put(ArticleFields.title(group), TITLE_WEIGHT);
      weights.put(ArticleFields.standfirst(group), STANDFIRST_WEIGHT);
      weights.put(ArticleFields.body(group), BODY_WEIGHT);
      Analyzer analyzer = analysis.of(group);
      SimpleQueryParser parser =
          fuzzy
              ? new FuzzyParser(analyzer, weights)
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

  /** Edits allowed for a term of this length: none for short words, two from six letters. */
  static int maxEdits(String term) {
    int length = term.codePointCount(0, term.length());
    return length <= 3 ? 0 : length <= 5 ? 1 : 2;
  }

  /** Each plain word matches loosely; phrases, prefixes and exclusions keep their meaning. */
  private static final class FuzzyParser extends SimpleQueryParser {

    FuzzyParser(Analyzer analyzer, Map<String, Float> weights) {
      super(analyzer, weights, FLAGS);
    }

    @Override
    protected Query newDefaultQuery(String text) {
      BooleanQuery.Builder fields = new BooleanQuery.Builder();
      boolean any = false;
      for (Map.Entry<String, Float> entry : weights.entrySet()) {
        List<String> terms = terms(getAnalyzer(), entry.getKey(), text);
        if (terms.isEmpty()) {
          continue;
        }
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        for (String term : terms) {
          Term t = new Term(entry.getKey(), term);
          int edits = maxEdits(term);
          words.add(
              edits == 0 ? new TermQuery(t) : new FuzzyQuery(t, edits, 1, FUZZY_EXPANSIONS, true),
              Occur.MUST);
        }
        fields.add(new BoostQuery(words.build(), entry.getValue()), Occur.SHOULD);
        any = true;
      }
      return any ? fields.build() : null;
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
