package org.iskra.search;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * How far the search index is behind the store, for Prometheus: {@code iskra_search_index_lag}
 * (articles out of step when the maintenance cycle last compared versions, every {@code
 * iskra.search.catch-up-interval}) and {@code iskra_search_index_pending} (index writes waiting on
 * the indexer). Both are read from memory, so a scrape costs nothing; neither scans the store.
 */
@Component
class SearchMetrics implements MeterBinder {

  private final SearchMaintenance maintenance;
  private final ObjectProvider<SearchIndexer> indexer;

  SearchMetrics(SearchMaintenance maintenance, ObjectProvider<SearchIndexer> indexer) {
    this.maintenance = maintenance;
    this.indexer = indexer;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    Gauge.builder("iskra.search.index.lag", maintenance, m -> lag(m.outOfStepAtLastCatchUp()))
        .description(
            "Articles whose index version was behind the store at the last catch-up (NaN before"
                + " the first)")
        .register(registry);
    // Commands have no indexer: the server indexes what they write.
    Gauge.builder("iskra.search.index.pending", indexer, i -> pending(i.getIfAvailable()))
        .description("Index writes queued on the indexer, not yet applied")
        .register(registry);
  }

  private static double lag(int outOfStep) {
    return outOfStep < 0 ? Double.NaN : outOfStep;
  }

  private static double pending(SearchIndexer indexer) {
    return indexer == null ? Double.NaN : indexer.waiting();
  }
}
