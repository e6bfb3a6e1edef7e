package org.iskra.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.iskra.search.Facet;
import org.iskra.search.SearchHit;
import org.iskra.search.SearchHit.SnippetPart;
import org.iskra.search.SearchQuery;
import org.iskra.search.SearchResults;
import org.iskra.search.SearchResults.FacetCount;

/**
 * Runs a {@link SearchQuery} on one searcher: the text query over the language groups in play,
 * filters (OR within a facet, AND across), the order, one page of hits with snippets, and facet
 * counts. A facet's counts ignore that facet's own filter (drill-sideways: one more counting pass
 * per filtered facet), so that readers see what they could widen to.
 */
final class Searches {

  /** Fewer exact matches than this and the words are tried again with typo tolerance. */
  static final int FUZZY_BELOW = 3;

  private static final Sort NEWEST =
      new Sort(
          new SortField(ArticleFields.PUBLISHED, SortField.Type.LONG, true),
          new SortField(ArticleFields.UPDATED, SortField.Type.LONG, true),
          new SortField(ArticleFields.ID_VALUE, SortField.Type.LONG, true));
  private static final Sort UPDATED =
      new Sort(
          new SortField(ArticleFields.UPDATED, SortField.Type.LONG, true),
          new SortField(ArticleFields.ID_VALUE, SortField.Type.LONG, true));

  private static final Set<String> HIT_FIELDS = hitFields();

  private final QueryText queryText;
  private final Snippets snippets;

  Searches(TextAnalysis analysis) {
    this.queryText = new QueryText(analysis);
    this.snippets = new Snippets(analysis);
  }

  SearchResults search(IndexSearcher searcher, SearchQuery query) throws IOException {
    String text = QueryText.clean(query.text());
    Set<String> groups = groups(searcher, query.filters().get(Facet.LANGUAGE));
    Query exact = queryText.parse(text, groups, false, searcher.getIndexReader());
    SearchResults results = run(searcher, query, exact, false);
    if (exact != null && results.total() < FUZZY_BELOW) {
      Query fuzzy = queryText.parse(text, groups, true, searcher.getIndexReader());
      SearchResults loose = run(searcher, query, fuzzy, true);
      if (loose.total() > results.total()) {
        return loose;
      }
    }
    return results;
  }

  private SearchResults run(IndexSearcher searcher, SearchQuery asked, Query text, boolean fuzzy)
      throws IOException {
    // Matching and counting use the query without its no-op filters; the facets still show what
    // the reader chose (asked.filters()).
    SearchQuery query = withoutFiltersPassedByAll(searcher, asked);
    Query matching = matching(query, text, null);
    boolean byScore = text != null && query.sort() == SearchQuery.Sort.RELEVANCE;
    Query scored =
        byScore
            ? FunctionScoreQuery.boostByValue(
                matching, new RecencyBoost(System.currentTimeMillis()))
            : matching;
    int wanted =
        (int)
            Math.min(
                (long) query.page() * query.pageSize(),
                Math.max(1, searcher.getIndexReader().maxDoc()));

    List<Facet> facets = facets(query.scope());
    List<Facet> plain = new ArrayList<>();
    List<Facet> sideways = new ArrayList<>();
    for (Facet facet : facets) {
      (hasFilter(query, facet) ? sideways : plain).add(facet);
    }
    MultiCollectorManager collectors =
        new MultiCollectorManager(
            byScore
                ? new TopScoreDocCollectorManager(wanted, Integer.MAX_VALUE)
                : new TopFieldCollectorManager(
                    query.sort() == SearchQuery.Sort.UPDATED ? UPDATED : NEWEST,
                    wanted,
                    Integer.MAX_VALUE),
            new FacetCounting(plain));
    Object[] collected = searcher.search(scored, collectors);
    TopDocs top = (TopDocs) collected[0];
    @SuppressWarnings("unchecked")
    Map<Facet, Map<String, Long>> counts = (Map<Facet, Map<String, Long>>) collected[1];
    for (Facet facet : sideways) {
      counts.putAll(
          searcher.search(matching(query, text, facet), new FacetCounting(List.of(facet))));
    }
    Map<Facet, List<FacetCount>> facetCounts = new EnumMap<>(Facet.class);
    for (Facet facet : facets) {
      facetCounts.put(
          facet,
          FacetCounting.top(counts.get(facet), asked.filters().getOrDefault(facet, Set.of())));
    }

    int from = (query.page() - 1) * query.pageSize();
    List<SearchHit> hits = new ArrayList<>();
    if (from < top.scoreDocs.length) {
      ScoreDoc[] page =
          Arrays.copyOfRange(
              top.scoreDocs, from, Math.min(top.scoreDocs.length, from + query.pageSize()));
      hits = hits(searcher, page, text);
    }
    return new SearchResults(
        top.totalHits.value(), hits, facetCounts, fuzzy, query.page(), query.pageSize());
  }

  List<SearchHit> hits(IndexSearcher searcher, ScoreDoc[] docs, Query text) throws IOException {
    int[] ids = new int[docs.length];
    for (int i = 0; i < docs.length; i++) {
      ids[i] = docs[i].doc;
    }
    StoredFields stored = searcher.storedFields();
    Document[] found = new Document[docs.length];
    String[] groups = new String[docs.length];
    for (int i = 0; i < docs.length; i++) {
      found[i] = stored.document(ids[i], HIT_FIELDS);
      groups[i] = found[i].get(ArticleFields.GROUP);
    }
    List<List<SnippetPart>> marked =
        text == null || ids.length == 0 ? null : snippets.highlight(searcher, text, ids, groups);
    List<SearchHit> hits = new ArrayList<>(docs.length);
    for (int i = 0; i < docs.length; i++) {
      Document doc = found[i];
      String group = groups[i];
      List<SnippetPart> snippet = marked == null ? null : marked.get(i);
      if (snippet == null) {
        Document opening =
            stored.document(
                ids[i], Set.of(ArticleFields.standfirst(group), ArticleFields.body(group)));
        snippet =
            Snippets.opening(
                opening.get(ArticleFields.standfirst(group)),
                opening.get(ArticleFields.body(group)));
      }
      float score = docs[i] instanceof FieldDoc || Float.isNaN(docs[i].score) ? 0f : docs[i].score;
      hits.add(
          new SearchHit(
              Long.parseLong(doc.get(ArticleFields.ID)),
              doc.get(ArticleFields.title(group)),
              doc.get(ArticleFields.PATH),
              doc.get(ArticleFields.LANGUAGE),
              doc.get(ArticleFields.STATUS),
              ArticleFields.decodeLabel(doc.get(ArticleFields.SECTION)),
              ArticleFields.instant(
                  doc.getField(ArticleFields.PUBLISHED).numericValue().longValue()),
              ArticleFields.instant(doc.getField(ArticleFields.UPDATED).numericValue().longValue()),
              snippet,
              score));
    }
    return hits;
  }

  /** Text (or everything), scope and every filter but {@code except}'s. */
  private static Query matching(SearchQuery query, Query text, Facet except) {
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    builder.add(text == null ? new MatchAllDocsQuery() : text, Occur.MUST);
    if (query.scope() == SearchQuery.Scope.PUBLIC) {
      builder.add(publicOnly(), Occur.FILTER);
    }
    for (Map.Entry<Facet, Set<String>> filter : query.filters().entrySet()) {
      Facet facet = filter.getKey();
      if (facet == except || filter.getValue().isEmpty()) {
        continue;
      }
      if (facet == Facet.STATUS && query.scope() == SearchQuery.Scope.PUBLIC) {
        continue;
      }
      builder.add(anyOf(facet, filter.getValue()), Occur.FILTER);
    }
    return builder.build();
  }

  /**
   * The query less the filters that every article in the index passes: an edition's language on a
   * one-language site, above all. Such a filter changes no match, but counting its facet "sideways"
   * (without it) is a second pass over every match, which doubled the cost of each search.
   */
  private static SearchQuery withoutFiltersPassedByAll(IndexSearcher searcher, SearchQuery query)
      throws IOException {
    Map<Facet, Set<String>> kept = new EnumMap<>(Facet.class);
    int articles = searcher.getIndexReader().numDocs();
    for (Map.Entry<Facet, Set<String>> filter : query.filters().entrySet()) {
      if (filter.getValue().isEmpty()
          || searcher.count(anyOf(filter.getKey(), filter.getValue())) < articles) {
        kept.put(filter.getKey(), filter.getValue());
      }
    }
    if (kept.size() == query.filters().size()) {
      return query;
    }
    return new SearchQuery(
        query.text(), query.scope(), kept, query.sort(), query.page(), query.pageSize());
  }

  private static Query anyOf(Facet facet, Set<String> keys) {
    BooleanQuery.Builder anyOf = new BooleanQuery.Builder();
    for (String key : keys) {
      anyOf.add(new TermQuery(new Term(ArticleFields.filterField(facet), key)), Occur.SHOULD);
    }
    return anyOf.build();
  }

  static Query publicOnly() {
    return new TermQuery(new Term(ArticleFields.PUBLIC, ArticleFields.TRUE));
  }

  private static boolean hasFilter(SearchQuery query, Facet facet) {
    Set<String> keys = query.filters().get(facet);
    return keys != null && !keys.isEmpty();
  }

  private static List<Facet> facets(SearchQuery.Scope scope) {
    List<Facet> facets = new ArrayList<>(List.of(Facet.values()));
    if (scope == SearchQuery.Scope.PUBLIC) {
      facets.remove(Facet.STATUS);
    }
    return facets;
  }

  /**
   * The language groups whose fields the words are looked for in: those filtered on, or else all,
   * less those without articles (fewer queries to parse and run, fuzzy ones above all).
   */
  private static Set<String> groups(IndexSearcher searcher, Set<String> languages)
      throws IOException {
    Set<String> groups = new LinkedHashSet<>();
    if (languages == null || languages.isEmpty()) {
      groups.addAll(TextAnalysis.GROUPS);
    } else {
      for (String language : languages) {
        groups.add(TextAnalysis.group(language));
      }
    }
    groups.removeIf(
        group -> {
          try {
            return searcher.getIndexReader().docFreq(new Term(ArticleFields.GROUP, group)) == 0;
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
    return groups;
  }

  private static Set<String> hitFields() {
    Set<String> fields = new HashSet<>();
    fields.addAll(
        List.of(
            ArticleFields.ID,
            ArticleFields.GROUP,
            ArticleFields.PATH,
            ArticleFields.LANGUAGE,
            ArticleFields.STATUS,
            ArticleFields.SECTION,
            ArticleFields.PUBLISHED,
            ArticleFields.UPDATED));
    for (String group : TextAnalysis.GROUPS) {
      fields.add(ArticleFields.title(group));
    }
    return Set.copyOf(fields);
  }
}
