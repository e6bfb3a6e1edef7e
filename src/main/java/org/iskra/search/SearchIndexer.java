package org.iskra.search;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.iskra.article.ArticleEvents;
import org.iskra.store.DiskFull;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Feeds the index from the article events, after their transaction commits, on one background
 * worker so that writes to the index keep their order and never slow a save. Catches up with the
 * store at start-up and every minute. Only the server indexes: commands write to the store and the
 * server catches up with them.
 */
@Component
@ConditionalOnWebApplication
class SearchIndexer {

  private static final Logger LOG = LoggerFactory.getLogger(SearchIndexer.class);

  private final SearchMaintenance maintenance;
  private final SearchRebuildRequests requests;
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(Thread.ofVirtual().name("search-indexer").factory());
  private final AtomicInteger waiting = new AtomicInteger();

  SearchIndexer(SearchMaintenance maintenance, SearchRebuildRequests requests) {
    this.maintenance = maintenance;
    this.requests = requests;
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(ArticleEvents.ArticleChanged event) {
    run(() -> maintenance.refresh(event.articleId()));
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(ArticleEvents.ArticleDeleted event) {
    run(() -> maintenance.remove(event.articleId()));
  }

  @EventListener(ApplicationReadyEvent.class)
  void catchUpAtStart() {
    run(maintenance::catchUp);
  }

  @Scheduled(
      initialDelayString = "${iskra.search.catch-up-interval:60s}",
      fixedDelayString = "${iskra.search.catch-up-interval:60s}")
  void catchUpNow() {
    run(maintenance::catchUp);
  }

  /** Rebuilds online when {@code iskra reindex} asks from another process. */
  @Scheduled(initialDelay = 2_000, fixedDelay = 2_000)
  void rebuildWhenAsked() {
    if (requests.take()) {
      run(
          () -> {
            try {
              SearchMaintenance.Rebuilt rebuilt = maintenance.rebuild();
              requests.answer(
                  "Rebuilt by the server: "
                      + rebuilt.articles()
                      + " articles in "
                      + rebuilt.took().toMillis()
                      + " ms.");
            } catch (RuntimeException e) {
              requests.answer("The server could not rebuild the index: " + e.getMessage());
              throw e;
            }
          });
    }
  }

  /** Runs after everything queued before it, on the indexing worker. */
  void run(Runnable task) {
    waiting.incrementAndGet();
    worker.execute(
        () -> {
          try {
            // Queued before the shutdown: the next start's catch-up compares every version.
            if (!maintenance.stopping()) {
              task.run();
            }
          } catch (MaintenanceStopped e) {
            LOG.info(e.getMessage());
          } catch (RuntimeException e) {
            // The next catch-up repairs whatever this missed.
            if (DiskFull.isCause(e)) {
              // Said once a catch-up while it lasts, without a trace that would fill it further.
              LOG.warn("Search indexing failed: the disk is full; the next catch-up will retry");
            } else {
              LOG.warn("Search indexing failed; the next catch-up will retry", e);
            }
          } finally {
            waiting.decrementAndGet();
          }
        });
  }

  /** Index writes (and catch-ups) queued or running on the worker: the index's lag in tasks. */
  int waiting() {
    return waiting.get();
  }

  /**
   * Stops at the server's shutdown: the work in progress gives up at its next article ({@link
   * SearchMaintenance#stop()}), what is queued is dropped, and the worker is never interrupted (an
   * interrupt in the middle of a write would close the index's files).
   */
  @PreDestroy
  void stop() throws InterruptedException {
    maintenance.stop();
    worker.shutdown();
    if (!worker.awaitTermination(30, TimeUnit.SECONDS)) {
      LOG.warn("The search index's worker is still busy after 30 s; stopping without it");
    }
  }
}
