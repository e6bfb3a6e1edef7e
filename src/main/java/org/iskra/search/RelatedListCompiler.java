package org.iskra.search;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Finds articles' related lists in the index (more-like-this) and stores them, so that pages read a
 * row instead of running the query: one article once it is indexed, or many on every core after a
 * rebuild and at catch-up, written a batch per statement.
 *
 * <p>An article's suggestions are fixed when it is indexed, like its page in a cache: publishing a
 * new article does not recompute the lists of older ones, though it may now be a better match for
 * them; revising an article recomputes its own list, and a reindex recomputes every list. The one
 * exception is a list shorter than {@link RelatedLists#LENGTH}, found while the index held few
 * articles alike (a new site's, or the demo's, first articles): the catch-up after new articles are
 * published finds it again. Lists keep only articles public when they were found; readers leave out
 * those withdrawn since.
 *
 * <p>Thread-safe. The index must already show the articles (see {@link SearchIndex#refreshNow()}):
 * an article it does not hold gets an empty list, which the next catch-up replaces once it indexes
 * the article.
 */
@Component
class RelatedListCompiler {

  /** Articles per task and per write. */
  private static final int BATCH = 500;

  private final SearchIndex index;
  private final RelatedLists lists;
  private final Clock clock;

  /** Set once the server is stopping ({@link SearchMaintenance#stop()}). */
  private volatile boolean stopping;

  RelatedListCompiler(@Lazy SearchIndex index, RelatedLists lists, Clock clock) {
    this.index = index;
    this.lists = lists;
    this.clock = clock;
  }

  /**
   * Makes a run over many articles, in progress or later, stop handing out batches: those already
   * given finish and are stored, then it throws {@link MaintenanceStopped}. The other articles keep
   * their earlier lists, or get one at the next start's catch-up when they have none.
   */
  void stop() {
    stopping = true;
  }

  /** Finds and stores one article's list. */
  void compile(long articleId) {
    lists.save(articleId, index.related(articleId, RelatedLists.LENGTH), clock.instant());
  }

  /** Finds and stores the lists of these articles; returns how many. */
  int compileAll(Collection<Long> articleIds) {
    List<Long> ids = List.copyOf(articleIds);
    try (Workers workers = new Workers()) {
      for (int from = 0; from < ids.size(); from += BATCH) {
        workers.submit(ids.subList(from, Math.min(ids.size(), from + BATCH)));
      }
      return workers.finish();
    }
  }

  /**
   * Finds and stores the list of every published article that has none (an upgraded data directory,
   * a list lost to a failure), and, when {@code shortToo}, of those whose list is shorter than
   * {@link RelatedLists#LENGTH} (found while the index held few articles alike); returns how many.
   */
  int fill(boolean shortToo) {
    int length = shortToo ? RelatedLists.LENGTH : 0;
    List<Long> batch = lists.listPublishedShorterThan(length, 0, BATCH);
    if (batch.isEmpty()) {
      return 0;
    }
    // An article indexed a moment ago may not be searchable yet; it would get an empty list.
    index.refreshNow();
    try (Workers workers = new Workers()) {
      while (!batch.isEmpty()) {
        workers.submit(batch);
        batch = lists.listPublishedShorterThan(length, batch.getLast(), BATCH);
      }
      return workers.finish();
    }
  }

  private int compileBatch(List<Long> ids) {
    Map<Long, List<Long>> found = new LinkedHashMap<>();
    for (long id : ids) {
      found.put(id, index.related(id, RelatedLists.LENGTH));
    }
    lists.saveAll(found, clock.instant());
    return ids.size();
  }

  /**
   * A small pool of platform threads, one per core (more-like-this is pure computation), with a
   * bounded number of batches waiting so that memory stays flat however many articles there are.
   */
  private final class Workers implements AutoCloseable {

    private final int threads =
        Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    private final ExecutorService pool =
        Executors.newFixedThreadPool(
            threads, Thread.ofPlatform().name("related-lists-", 0).daemon().factory());
    private final Deque<Future<Integer>> pending = new ArrayDeque<>();
    private int done;

    void submit(List<Long> batch) {
      if (stopping) {
        finish();
        throw new MaintenanceStopped(
            "Related lists: the server is stopping; "
                + done
                + " were found again, the others keep their earlier lists");
      }
      List<Long> ids = new ArrayList<>(batch);
      if (pending.size() >= threads * 2) {
        done += awaited(pending.removeFirst());
      }
      pending.addLast(pool.submit(() -> compileBatch(ids)));
    }

    int finish() {
      while (!pending.isEmpty()) {
        done += awaited(pending.removeFirst());
      }
      return done;
    }

    private int awaited(Future<Integer> task) {
      try {
        return task.get();
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException failure) {
          throw failure;
        }
        throw new IllegalStateException("finding related lists failed", e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while finding related lists", e);
      }
    }

    /**
     * Lets the tasks already given finish, never interrupting them: an interrupt in the middle of a
     * read could close the index's files under every other reader.
     */
    @Override
    public void close() {
      pool.shutdown();
      try {
        pool.awaitTermination(1, TimeUnit.HOURS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
