package org.iskra.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.iskra.search.SearchIndexBusy;
import org.iskra.search.SearchMaintenance;
import org.iskra.search.SearchRebuildRequests;
import org.springframework.stereotype.Component;

/**
 * {@code reindex}: rebuilds the search index from the store. Searches go on meanwhile; the new
 * index replaces the old one at once. When the server is running it holds the index, so the command
 * asks the server to rebuild and waits for its answer.
 */
@Component
class ReindexCommand implements Command {

  private static final Duration PATIENCE = Duration.ofMinutes(30);

  private final SearchMaintenance maintenance;
  private final SearchRebuildRequests requests;

  ReindexCommand(SearchMaintenance maintenance, SearchRebuildRequests requests) {
    this.maintenance = maintenance;
    this.requests = requests;
  }

  @Override
  public String name() {
    return "reindex";
  }

  @Override
  public String usage() {
    return "reindex";
  }

  @Override
  public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
    if (!args.isEmpty()) {
      throw new UsageError("reindex takes no arguments");
    }
    try {
      SearchMaintenance.Rebuilt rebuilt = maintenance.rebuild();
      out.println(
          "Rebuilt the search index: "
              + rebuilt.articles()
              + " articles in "
              + rebuilt.took().toMillis()
              + " ms.");
      return 0;
    } catch (RuntimeException e) {
      if (!SearchIndexBusy.isCause(e)) {
        throw e;
      }
    }
    out.println("The server is running and holds the index; asking it to rebuild…");
    requests.request();
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (System.nanoTime() < deadline) {
      Optional<String> outcome = requests.outcome();
      if (outcome.isPresent()) {
        out.println(outcome.get());
        return outcome.get().startsWith("Rebuilt") ? 0 : 1;
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return 1;
      }
    }
    err.println("The server did not answer within " + PATIENCE.toMinutes() + " minutes.");
    return 1;
  }
}
