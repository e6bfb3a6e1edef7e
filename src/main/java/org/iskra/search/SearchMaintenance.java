package org.iskra.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.iskra.article.ArticleCatalogue;
import org.iskra.article.ArticleView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;

/**
 * Keeps the index in step with the store: one article at a time after each write, a catch-up that
 * compares versions (at start-up and periodically, so that a crash between the store's write and
 * the index's, or a write by a command-line process, is never missed for good), and a full rebuild
 * that swaps in a new index while searches go on. With the index go the published articles' stored
 * related lists ({@link RelatedListCompiler}): found when an article is indexed, all again after a
 * rebuild, and any missing at catch-up. Thread-safe; the caller serialises writes; catch-ups and
 * rebuilds run one at a time.
 */
@Service
public class SearchMaintenance {

  private static final Logger LOG = LoggerFactory.getLogger(SearchMaintenance.class);

  /** Articles read from the store per batch when rebuilding. */
  private static final int BATCH = 500;

  /** Beyond this many articles out of step, rebuilding is cheaper than catching up one by one. */
  private static final int REBUILD_THRESHOLD = 2000;

  private final SearchIndex index;
  private final ArticleCatalogue catalogue;
  private final SearchDocuments documents;
  private final RelatedLists lists;
  private final RelatedListCompiler compiler;

  /**
   * Public articles indexed since the catch-up last looked at short related lists, which they may
   * now fill.
   */
  private final AtomicInteger publishedSinceShortLists = new AtomicInteger();

  /** Articles out of step at the last catch-up, before it repaired them; -1 before the first. */
  private volatile int outOfStep = -1;

  /** Set once the server is stopping: long work gives up at its next article. */
  private volatile boolean stopping;

  SearchMaintenance(
      @Lazy SearchIndex index,
      ArticleCatalogue catalogue,
      SearchDocuments documents,
      RelatedLists lists,
      RelatedListCompiler compiler) {
    this.index = index;
    this.catalogue = catalogue;
    this.documents = documents;
    this.lists = lists;
    this.compiler = compiler;
  }

  /**
   * Makes a rebuild or catch-up in progress, and any later one, give up at its next article with
   * {@link MaintenanceStopped}, so that the server stops in a moment instead of waiting for a
   * 100,000-article rebuild; never by interrupting it, which could close the index's files in the
   * middle of a write. For the server's shutdown only: it cannot be undone.
   */
  void stop() {
    stopping = true;
    compiler.stop();
  }

  boolean stopping() {
    return stopping;
  }

  /** What a rebuild did. */
  public record Rebuilt(long articles, Duration took) {}

  /**
   * What a catch-up did.
   *
   * @param listed published articles whose related list was missing (or short, after new articles
   *     were published) and is now stored
   */
  public record CaughtUp(int refreshed, int removed, boolean rebuilt, int listed) {}

  /**
   * Refreshes one article's document from the store, or removes it if the article is gone; a public
   * article's related list is found again, against an index that already shows it. Does nothing
   * when the index already shows the store's version (a catch-up got there before the article's own
   * event): writing the same document again would only leave a deleted copy in the index's
   * statistics, and find the same list.
   */
  void refresh(long articleId) {
    if (write(articleId, true)) {
      // More-like-this reads the searcher, which shows the write only once refreshed.
      index.refreshNow();
      compiler.compile(articleId);
    }
  }

  /**
   * Writes the article's document (or removes it) and forgets the related list of an article no
   * longer public; whether it was written public and so needs a list found.
   */
  private boolean write(long articleId, boolean unlessShown) {
    Optional<ArticleView> view = catalogue.find(articleId);
    if (view.isEmpty()) {
      remove(articleId);
      return false;
    }
    if (unlessShown
        && index.indexedVersion(articleId).orElse(-1) == view.get().article().version()) {
      return false;
    }
    SearchDocument document = documents.of(view.get());
    index.index(document);
    if (!document.isPublic()) {
      lists.remove(articleId);
      return false;
    }
    publishedSinceShortLists.incrementAndGet();
    return true;
  }

  void remove(long articleId) {
    index.remove(articleId);
    lists.remove(articleId);
  }

  /**
   * Builds a new index from every article in the store, swaps it in, then finds every public
   * article's related list again in the new index (pages read the old lists meanwhile). Rebuilds
   * and catch-ups run one at a time: a second caller waits for the first instead of failing.
   */
  public synchronized Rebuilt rebuild() {
    long started = System.nanoTime();
    long count = 0;
    List<Long> published = new ArrayList<>();
    try (SearchIndex.Rebuild rebuild = index.rebuild()) {
      long after = 0;
      List<ArticleView> batch;
      while (!(batch = catalogue.listAfter(after, BATCH)).isEmpty()) {
        for (ArticleView view : batch) {
          if (stopping) {
            throw new MaintenanceStopped(
                "Search index rebuild abandoned at shutdown after "
                    + count
                    + " articles; the index in use is unchanged");
          }
          SearchDocument document = documents.of(view);
          rebuild.add(document);
          if (document.isPublic()) {
            published.add(document.articleId());
          }
          count++;
        }
        after = batch.getLast().article().id();
      }
      rebuild.commit();
    }
    long indexed = System.nanoTime();
    publishedSinceShortLists.set(0);
    int listed = compiler.compileAll(published);
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    LOG.info(
        "Search index rebuilt: {} articles in {} ms, of which {} related lists in {} ms",
        count,
        took.toMillis(),
        listed,
        Duration.ofNanos(System.nanoTime() - indexed).toMillis());
    return new Rebuilt(count, took);
  }

  /**
   * How many articles the index was behind the store (a stale or missing version, or a document
   * whose article is gone) when the last catch-up compared them, before it repaired them; -1 when
   * no catch-up ran yet in this process. Read from memory: the comparison itself runs only on the
   * maintenance cycle, never for a reader of this figure.
   */
  public int outOfStepAtLastCatchUp() {
    return outOfStep;
  }

  /**
   * Brings the index up to the store's versions, rebuilding it when much is missing, and stores the
   * related list of every published article that has none (after an upgrade, the whole site's, on
   * every core) or, once new articles were indexed, a short one (see {@link RelatedListCompiler}).
   * A caller that needs the index in step (the static export, whose article pages show related
   * articles) calls it and waits: while the start-up catch-up runs, it waits for it, then finds
   * nothing left to do; once it returns, every published article has its list.
   */
  public synchronized CaughtUp catchUp() {
    Map<Long, Integer> stored = catalogue.versions();
    if (index.outdated()) {
      LOG.info("The search index was written by an earlier version: rebuilding it");
      rebuild();
      return new CaughtUp(stored.size(), 0, true, compiler.fill(false));
    }
    Map<Long, Integer> indexed = index.indexedVersions();
    Set<Long> stale = new HashSet<>();
    stored.forEach(
        (id, version) -> {
          if (!version.equals(indexed.get(id))) {
            stale.add(id);
          }
        });
    Set<Long> gone = new HashSet<>(indexed.keySet());
    gone.removeAll(stored.keySet());
    outOfStep = stale.size() + gone.size();
    if (stale.size() > REBUILD_THRESHOLD) {
      LOG.info("{} articles out of step with the search index: rebuilding it", stale.size());
      rebuild();
      return new CaughtUp(stale.size(), gone.size(), true, compiler.fill(false));
    }
    List<Long> relist = new ArrayList<>();
    for (long id : stale) {
      if (stopping) {
        throw new MaintenanceStopped(
            "Search index catch-up stopped at shutdown; the next start's catch-up finishes it");
      }
      if (write(id, false)) {
        relist.add(id);
      }
    }
    gone.forEach(this::remove);
    if (!stale.isEmpty()) {
      // One refresh for them all, not one per article; it also shows the events of these writes,
      // still queued behind this catch-up, that there is nothing left for them to do.
      index.refreshNow();
      compiler.compileAll(relist);
    }
    int listed = compiler.fill(publishedSinceShortLists.getAndSet(0) > 0);
    if (!stale.isEmpty() || !gone.isEmpty() || listed > 0) {
      LOG.info(
          "Search index caught up: {} refreshed, {} removed, {} related lists filled in",
          stale.size(),
          gone.size(),
          listed);
    }
    return new CaughtUp(stale.size(), gone.size(), false, listed);
  }
}
