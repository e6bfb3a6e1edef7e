package org.iskra.store;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps SQLite's query planner informed about the store's tables. Without statistics SQLite
 * guesses, and with 100,000 articles one of its guesses read every published article to find the
 * translations of 200 (the {@code status} index preferred to {@code translation_group}): 40 s of a
 * static export. {@code PRAGMA optimize=0x10002}, run when the application is ready (before any
 * command's work) and every few hours, analyses the tables never analysed or grown or shrunk a lot
 * since, with a bounded sample, and does nothing otherwise (SQLite's own advice for long-lived
 * connections). PostgreSQL keeps its statistics itself (autovacuum), so this does nothing there.
 */
@Component
class PlannerStatistics {

  private static final Logger LOG = LoggerFactory.getLogger(PlannerStatistics.class);

  private final JdbcClient jdbc;
  private final boolean sqlite;

  PlannerStatistics(JdbcClient jdbc, @Value("${spring.datasource.url:}") String url) {
    this.jdbc = jdbc;
    this.sqlite = url.startsWith("jdbc:sqlite:");
  }

  @EventListener(ApplicationReadyEvent.class)
  void refreshAtStart() {
    refresh();
  }

  @Scheduled(
      initialDelayString = "${iskra.store.statistics-interval:6h}",
      fixedDelayString = "${iskra.store.statistics-interval:6h}")
  void refreshNow() {
    refresh();
  }

  /**
   * Analyses what needs it; the tables analysed, each named by SQLite (empty when none needed it or
   * the store is not SQLite).
   */
  List<String> refresh() {
    if (!sqlite) {
      return List.of();
    }
    long started = System.nanoTime();
    // 0x10000: look at every table, not only those this connection has queried (a pooled
    // connection may have queried none); 0x2: analyse those that need it. The debug bit (0x1) is
    // not set, so the rows SQLite returns would be empty: ask for them with it, then run.
    List<String> needed = jdbc.sql("PRAGMA optimize=0x10003").query(String.class).list();
    if (needed.isEmpty()) {
      return needed;
    }
    jdbc.sql("PRAGMA optimize=0x10002").query().listOfRows(); // SQLite answers with a result
    // Tables without an index (or empty) are listed every time and cost nothing: no INFO line.
    LOG.debug(
        "Query planner statistics brought up to date in {} ms: {}",
        (System.nanoTime() - started) / 1_000_000,
        needed);
    return needed;
  }
}
