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
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.Weight;

/**
 * Public articles most like one article: MoreLikeThis over the stored title, standfirst and body in
 * the article's own language fields, the article itself excluded.
 */
final class RelatedArticles {

  private final TextAnalysis analysis;

  RelatedArticles(TextAnalysis analysis) {
    this.analysis = analysis;
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

  /** How many more hits than wanted are read, for drafts and withdrawn articles among the best. */
  private static final int UNPUBLISHED_SLACK = 4;

  /** The ids of the public articles most like this one, best first; never the article itself. */
  List<Long> find(IndexSearcher searcher, long articleId, int limit) throws IOException {
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
    Query unfiltered =
        new BooleanQuery.Builder().add(like, Occur.MUST).add(self, Occur.MUST_NOT).build();
    int wanted = Math.min(limit, Math.max(1, searcher.getIndexReader().maxDoc()));
    // The public-only filter is applied to the best hits afterwards: as a FILTER clause it made the
    // scorer test every candidate against it, about a third of the query's time. A FILTER clause
    // adds nothing to the score, so the public ones among the best hits, in order, are the filtered
    // query's list, as long as enough of them are public; drafts crowding the top fall back to it.
    int fetch = wanted + UNPUBLISHED_SLACK;
    TopFieldDocs top = search(searcher, unfiltered, fetch);
    List<Long> ids = publicIds(searcher, top.scoreDocs, wanted);
    if (ids.size() < wanted && top.scoreDocs.length == fetch) {
      Query filtered =
          new BooleanQuery.Builder()
              .add(like, Occur.MUST)
              .add(Searches.publicOnly(), Occur.FILTER)
              .add(self, Occur.MUST_NOT)
              .build();
      ids = publicIds(searcher, search(searcher, filtered, wanted).scoreDocs, wanted);
    }
    return ids;
  }

  /**
   * The best {@code count} hits, as searcher.search(query, count, order, true) less two costs that
   * change nothing in the list: hits are counted only up to {@code count} (nobody reads the total;
   * past it the scorer may skip what cannot enter the list, past 1,000 counted hits otherwise), and
   * no score is computed a second time. Equal scores (near-identical articles) fall back to the
   * newest article, not to Lucene's doc order, which a parallel rebuild shuffles: the list must not
   * change when the index is rebuilt.
   */
  private static TopFieldDocs search(IndexSearcher searcher, Query query, int count)
      throws IOException {
    Sort order =
        new Sort(
            SortField.FIELD_SCORE,
            new SortField(ArticleFields.ID_VALUE, SortField.Type.LONG, true));
    return searcher.search(
        query, new TopFieldCollectorManager(order.rewrite(searcher), count, null, count));
  }

  /**
   * The article ids of the public hits, best first, at most {@code count}. The id is the hit's
   * second sort value, so no stored document is read.
   */
  private static List<Long> publicIds(IndexSearcher searcher, ScoreDoc[] hits, int count)
      throws IOException {
    Weight published =
        searcher.createWeight(
            searcher.rewrite(Searches.publicOnly()), ScoreMode.COMPLETE_NO_SCORES, 1f);
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    List<Long> ids = new ArrayList<>(count);
    for (ScoreDoc hit : hits) {
      if (ids.size() == count) {
        break;
      }
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
      Scorer scorer = published.scorer(leaf);
      int doc = hit.doc - leaf.docBase;
      if (scorer != null && scorer.iterator().advance(doc) == doc) {
        ids.add((Long) ((FieldDoc) hit).fields[1]);
      }
    }
    return ids;
  }
}
