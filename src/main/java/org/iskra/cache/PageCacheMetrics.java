package org.iskra.cache;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * The page cache for Prometheus: {@code iskra_page_cache_hits_total} and {@code
 * iskra_page_cache_misses_total} (pages answered from memory or drawn), {@code
 * iskra_page_cache_evictions_total} (pages pushed out by the memory bound, not purges), {@code
 * iskra_page_cache_hit_ratio} since start and {@code iskra_page_cache_pages}. Read from Caffeine's
 * own counters, so a scrape costs nothing.
 */
@Component
class PageCacheMetrics implements MeterBinder {

  private final PageCache cache;

  PageCacheMetrics(PageCache cache) {
    this.cache = cache;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    FunctionCounter.builder("iskra.page.cache.hits", cache, c -> c.stats().hitCount())
        .description("Public pages answered from the page cache")
        .register(registry);
    FunctionCounter.builder("iskra.page.cache.misses", cache, c -> c.stats().missCount())
        .description("Public pages looked up in the page cache and drawn afresh")
        .register(registry);
    FunctionCounter.builder("iskra.page.cache.evictions", cache, c -> c.stats().evictionCount())
        .description("Stored pages pushed out by the memory bound (purges not counted)")
        .register(registry);
    Gauge.builder("iskra.page.cache.hit.ratio", cache, c -> c.stats().hitRate())
        .description("Hits over lookups since start (1 before any lookup)")
        .register(registry);
    Gauge.builder("iskra.page.cache.pages", cache, PageCache::size)
        .description("Pages stored now")
        .register(registry);
  }
}
