package org.iskra.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.iskra.search.SearchHit;

/**
 * Public articles most like one article: MoreLikeThis over the stored title, standfirst and body in
 * the article's own language fields, the article itself excluded.
 */
final class RelatedArticles {

  private final TextAnalysis analysis;
  private final Searches searches;

  RelatedArticles(TextAnalysis analysis, Searches searches) {
    this.analysis = analysis;
    this.searches = searches;
  }

  /** The last searcher's statistics; replaced when a refresh opens a new reader. */
  private volatile RememberedFrequencies frequencies;

  private RememberedFrequencies frequencies(IndexReader reader) {
    RememberedFrequencies known = frequencies;
    if (known == null || !known.of(reader)) {
      known = new RememberedFrequencies(reader);
      frequencies = known;
    }
    return known;
  }

  List<SearchHit> find(IndexSearcher searcher, long articleId, int limit) throws IOException {
    if (limit <= 0) {
      return List.of();
    }
    TermQuery self = new TermQuery(ArticleFields.idTerm(articleId));
    TopDocs found = searcher.search(self, 1);
    if (found.scoreDocs.length == 0) {
      return List.of();
    }
    int doc = found.scoreDocs[0].doc;
    Document stored = searcher.storedFields().document(doc);
    String group = stored.get(ArticleFields.GROUP);
    MoreLikeThis moreLikeThis = new MoreLikeThis(frequencies(searcher.getIndexReader()));
    moreLikeThis.setAnalyzer(analysis.of(group));
    moreLikeThis.setFieldNames(ArticleFields.textFields(group).toArray(String[]::new));
    moreLikeThis.setMinTermFreq(1);
    moreLikeThis.setMinDocFreq(1);
    moreLikeThis.setMaxDocFreqPct(50);
    moreLikeThis.setMinWordLen(3);
    moreLikeThis.setMaxQueryTerms(30);
    moreLikeThis.setBoost(true);
    // The stored fields are already read: given to MoreLikeThis as they are, they make the same
    // query as like(doc), which would read and decompress the document again for each field.
    Map<String, Collection<Object>> text = new HashMap<>();
    for (String field : ArticleFields.textFields(group)) {
      List<Object> values = new ArrayList<>();
      for (IndexableField value : stored.getFields(field)) {
        if (value.stringValue() != null) {
          values.add(value.stringValue());
        }
      }
      text.put(field, values);
    }
    Query like = moreLikeThis.like(text);
    Query query =
        new BooleanQuery.Builder()
            .add(like, Occur.MUST)
            .add(Searches.publicOnly(), Occur.FILTER)
            .add(self, Occur.MUST_NOT)
            .build();
    // Equal scores (near-identical articles) fall back to the newest article, not to Lucene's doc
    // order, which a parallel rebuild shuffles: the list must not change when the index is rebuilt.
    Sort order =
        new Sort(
            SortField.FIELD_SCORE,
            new SortField(ArticleFields.ID_VALUE, SortField.Type.LONG, true));
    // As searcher.search(query, limit, order, true), less two costs that change nothing in the
    // list: hits are counted only up to the limit (nobody reads the total; past it the scorer may
    // skip what cannot enter the list, past 1,000 counted hits otherwise), and the scores are not
    // computed a second time for the hits, which carry none (Searches.hits gives sorted hits 0).
    int wanted = Math.min(limit, Math.max(1, searcher.getIndexReader().maxDoc()));
    TopFieldDocs top =
        searcher.search(
            query, new TopFieldCollectorManager(order.rewrite(searcher), wanted, null, wanted));
    return searches.hits(searcher, top.scoreDocs, null);
  }
}
