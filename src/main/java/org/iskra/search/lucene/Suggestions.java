package org.iskra.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.iskra.search.Label;
import org.iskra.search.Suggestion;

/**
 * Completions from public articles: titles, tags and authors having a word that starts with the
 * last word typed (and every earlier word), folded as search folds, without stemming. Newest
 * articles first; tags and authors once each, taken from the newest articles that match.
 */
final class Suggestions {

  /** Articles read to find matching tags and authors: enough for variety, bounded in cost. */
  private static final int LABEL_SOURCES = 200;

  private static final Sort NEWEST =
      new Sort(new SortField(ArticleFields.PUBLISHED, SortField.Type.LONG, true));

  private final TextAnalysis analysis;

  Suggestions(TextAnalysis analysis) {
    this.analysis = analysis;
  }

  List<Suggestion> suggest(IndexSearcher searcher, String prefix, int limit) throws IOException {
    String clean = QueryText.clean(prefix);
    if (limit <= 0 || clean.isEmpty()) {
      return List.of();
    }
    List<String> words = QueryText.terms(analysis.folding(), ArticleFields.SUGGEST_TITLE, clean);
    if (words.isEmpty()) {
      return List.of();
    }
    List<Suggestion> tags =
        labels(searcher, words, ArticleFields.SUGGEST_TAG, ArticleFields.TAG, "tag", limit);
    List<Suggestion> authors =
        labels(
            searcher, words, ArticleFields.SUGGEST_AUTHOR, ArticleFields.AUTHOR, "author", limit);
    List<Suggestion> articles = new ArrayList<>();
    StoredFields stored = searcher.storedFields();
    for (ScoreDoc hit :
        searcher.search(query(ArticleFields.SUGGEST_TITLE, words), limit, NEWEST).scoreDocs) {
      Document doc = stored.document(hit.doc);
      String group = doc.get(ArticleFields.GROUP);
      articles.add(
          new Suggestion(
              "article", doc.get(ArticleFields.title(group)), doc.get(ArticleFields.PATH)));
    }
    // A third each for tags and authors (there are few of them and they lead to many articles),
    // the rest for articles; whatever one kind leaves unused goes to the others.
    int share = Math.max(1, (limit + 2) / 3);
    List<Suggestion> result = new ArrayList<>();
    result.addAll(tags.subList(0, Math.min(share, tags.size())));
    result.addAll(authors.subList(0, Math.min(share, authors.size())));
    for (Suggestion article : articles) {
      if (result.size() < limit) {
        result.add(article);
      }
    }
    for (List<Suggestion> rest : List.of(tags, authors)) {
      for (Suggestion more : rest.subList(Math.min(share, rest.size()), rest.size())) {
        if (result.size() < limit) {
          result.add(more);
        }
      }
    }
    return List.copyOf(result);
  }

  private List<Suggestion> labels(
      IndexSearcher searcher,
      List<String> words,
      String field,
      String storedField,
      String kind,
      int limit)
      throws IOException {
    Map<String, Suggestion> found = new LinkedHashMap<>();
    StoredFields stored = searcher.storedFields();
    for (ScoreDoc hit : searcher.search(query(field, words), LABEL_SOURCES, NEWEST).scoreDocs) {
      for (String value : stored.document(hit.doc).getValues(storedField)) {
        Label label = ArticleFields.decodeLabel(value);
        if (!found.containsKey(label.key()) && matches(label.name(), words)) {
          found.put(label.key(), new Suggestion(kind, label.name(), label.path()));
          if (found.size() >= limit) {
            return new ArrayList<>(found.values());
          }
        }
      }
    }
    return new ArrayList<>(found.values());
  }

  /** Every word but the last appears, and some word starts with the last. */
  private boolean matches(String name, List<String> words) {
    List<String> terms = QueryText.terms(analysis.folding(), ArticleFields.SUGGEST_TAG, name);
    String last = words.get(words.size() - 1);
    return terms.containsAll(words.subList(0, words.size() - 1))
        && terms.stream().anyMatch(term -> term.startsWith(last));
  }

  private static Query query(String field, List<String> words) {
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    for (int i = 0; i < words.size() - 1; i++) {
      builder.add(new TermQuery(new Term(field, words.get(i))), Occur.FILTER);
    }
    builder.add(new PrefixQuery(new Term(field, words.get(words.size() - 1))), Occur.FILTER);
    builder.add(Searches.publicOnly(), Occur.FILTER);
    return builder.build();
  }
}
