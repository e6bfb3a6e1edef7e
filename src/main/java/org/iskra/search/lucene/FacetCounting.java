package org.iskra.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.iskra.search.Facet;
import org.iskra.search.SearchResults.FacetCount;

/**
 * Counts facet values over every match by reading the {@code facet_*} doc values: per segment an
 * array indexed by ordinal, turned into keys once at the end. Plain counting (no taxonomy, no
 * reader state to rebuild on refresh) is enough for a newsroom's hundreds of thousands of articles.
 */
final class FacetCounting
    implements CollectorManager<FacetCounting.Counter, Map<Facet, Map<String, Long>>> {

  /** Values shown per facet. */
  static final int MAX_VALUES = 20;

  private final List<Facet> facets;

  FacetCounting(List<Facet> facets) {
    this.facets = List.copyOf(facets);
  }

  @Override
  public Counter newCollector() {
    return new Counter(facets);
  }

  @Override
  public Map<Facet, Map<String, Long>> reduce(Collection<Counter> counters) throws IOException {
    Map<Facet, Map<String, Long>> total = new EnumMap<>(Facet.class);
    for (Facet facet : facets) {
      total.put(facet, new HashMap<>());
    }
    for (Counter counter : counters) {
      counter.flush();
      counter.counts.forEach(
          (facet, values) ->
              values.forEach((value, n) -> total.get(facet).merge(value, n, Long::sum)));
    }
    return total;
  }

  /**
   * The most frequent values (then by name), at most {@link #MAX_VALUES}, plus any value the search
   * filters on, so that a chosen filter can always be seen and removed.
   */
  static List<FacetCount> top(Map<String, Long> counts, Set<String> selected) {
    List<FacetCount> all = new ArrayList<>(counts.size());
    counts.forEach(
        (value, count) -> {
          int cut = value.indexOf(ArticleFields.SEPARATOR);
          all.add(
              cut < 0
                  ? new FacetCount(value, value, count)
                  : new FacetCount(value.substring(0, cut), value.substring(cut + 1), count));
        });
    all.sort(
        Comparator.comparingLong(FacetCount::count)
            .reversed()
            .thenComparing(FacetCount::name, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(FacetCount::key));
    List<FacetCount> top = new ArrayList<>(all.subList(0, Math.min(MAX_VALUES, all.size())));
    for (FacetCount count : all.subList(top.size(), all.size())) {
      if (selected.contains(count.key())) {
        top.add(count);
      }
    }
    return top;
  }

  static final class Counter extends SimpleCollector {

    private final List<Facet> facets;
    private final Map<Facet, Map<String, Long>> counts = new EnumMap<>(Facet.class);
    private final SortedSetDocValues[] values;
    private final int[][] ordinals;
    private LeafReaderContext leaf;

    Counter(List<Facet> facets) {
      this.facets = facets;
      this.values = new SortedSetDocValues[facets.size()];
      this.ordinals = new int[facets.size()][];
      for (Facet facet : facets) {
        counts.put(facet, new HashMap<>());
      }
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      flush();
      leaf = context;
      for (int i = 0; i < facets.size(); i++) {
        SortedSetDocValues dv =
            DocValues.getSortedSet(context.reader(), ArticleFields.facetField(facets.get(i)));
        values[i] = dv;
        ordinals[i] = new int[(int) dv.getValueCount()];
      }
    }

    @Override
    public void collect(int doc) throws IOException {
      for (int i = 0; i < values.length; i++) {
        SortedSetDocValues dv = values[i];
        if (dv.advanceExact(doc)) {
          int[] counted = ordinals[i];
          for (int n = dv.docValueCount(); n > 0; n--) {
            counted[(int) dv.nextOrd()]++;
          }
        }
      }
    }

    void flush() throws IOException {
      if (leaf == null) {
        return;
      }
      for (int i = 0; i < facets.size(); i++) {
        int[] counted = ordinals[i];
        // A fresh iterator: lookups on the one being advanced would be fine, but need not be.
        SortedSetDocValues lookup =
            DocValues.getSortedSet(leaf.reader(), ArticleFields.facetField(facets.get(i)));
        Map<String, Long> byValue = counts.get(facets.get(i));
        for (int ord = 0; ord < counted.length; ord++) {
          if (counted[ord] > 0) {
            byValue.merge(lookup.lookupOrd(ord).utf8ToString(), (long) counted[ord], Long::sum);
          }
        }
      }
      leaf = null;
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
