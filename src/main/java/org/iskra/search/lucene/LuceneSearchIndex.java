package org.iskra.search.lucene;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.iskra.search.SearchDocument;
import org.iskra.search.SearchIndex;
import org.iskra.search.SearchQuery;
import org.iskra.search.SearchResults;
import org.iskra.search.SearchSettings;
import org.iskra.search.Suggestion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The search index embedded in the application: one {@code index-*} folder under the settings'
 * directory, named by the {@code current} file, with one long-lived {@code IndexWriter} and a
 * {@code SearcherManager} refreshed in the background (writes are visible within the refresh
 * interval) and committed every commit interval and on close.
 *
 * <p>A rebuild writes a new folder while the current one serves. Writes made meanwhile go to the
 * current index at once and are also noted; {@code commit} replays the notes on the new index
 * (after everything the rebuild added, so a newer version always wins), commits it, points {@code
 * current} at it, swaps it in, and retires the old generation: closed and deleted once the searches
 * running on it have ended. Searches never wait and never fail for a swap.
 *
 * <p>Lucene's writer closes itself after a failure it cannot go on from (the disk filling up while
 * it flushes or merges); the folder keeps its last commit and searches go on with the last reader.
 * The background refresh then opens the folder again from that commit, once the cause has gone (it
 * tries every {@link #REOPEN_PAUSE}); what was written after the commit is written again by the
 * next catch-up, which compares the index with the store.
 */
final class LuceneSearchIndex implements SearchIndex {

  private static final Logger log = LoggerFactory.getLogger(LuceneSearchIndex.class);
  private static final String POINTER = "current";
  private static final String PREFIX = "index-";
  private static final double RAM_BUFFER_MB = 32;
  private static final double REBUILD_RAM_BUFFER_MB = 128;
  private static final Duration REOPEN_PAUSE = Duration.ofSeconds(1);

  private final Path root;
  private final TextAnalysis analysis = new TextAnalysis();
  private final Searches searches = new Searches(analysis);

  /**
   * Recent answers, keyed by the exact reader they were read from and the whole query: a refresh
   * makes a new reader, so an answer is never older than what a search would find now. Readers
   * search in bursts (a headline sends many to the same words), and a search that counts facets
   * over every match is the dearest read of the site. Ten minutes at most, because the recency
   * boost moves with the clock.
   */
  private final Cache<Answer, SearchResults> answers =
      Caffeine.newBuilder().maximumSize(1_000).expireAfterWrite(Duration.ofMinutes(10)).build();

  private record Answer(IndexReader.CacheKey reader, SearchQuery query) {}

  private final Suggestions suggestions = new Suggestions(analysis);
  private final RelatedArticles related;
  private final ScheduledExecutorService background;

  /** Writes hold it shared, the swap exclusively: no write lands on an index being retired. */
  private final ReentrantReadWriteLock swap = new ReentrantReadWriteLock();

  private final AtomicLong folderSequence = new AtomicLong();
  private volatile IndexGeneration current;
  private volatile Rebuilding rebuilding;
  private volatile boolean closed;

  /** When the refresh last tried to open a stopped writer's folder again (nanoTime), or 0. */
  private long reopenTriedAt;

  /** Whether the last try failed and said so: the next failures are not logged again. */
  private boolean reopenFailing;

  private LuceneSearchIndex(Path root, Duration refresh, Duration commit) {
    this.root = root;
    this.related = new RelatedArticles(analysis);
    this.current = openCurrent();
    this.background =
        Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("search-index-refresh").daemon().factory());
    background.scheduleWithFixedDelay(
        this::refresh, refresh.toMillis(), refresh.toMillis(), TimeUnit.MILLISECONDS);
    background.scheduleWithFixedDelay(
        this::commitQuietly, commit.toMillis(), commit.toMillis(), TimeUnit.MILLISECONDS);
  }

  static LuceneSearchIndex open(SearchSettings settings) {
    return new LuceneSearchIndex(
        settings.directory(), settings.refreshInterval(), settings.commitInterval());
  }

  @Override
  public void index(SearchDocument document) {
    write(document.articleId(), Optional.of(document));
  }

  @Override
  public void remove(long articleId) {
    write(articleId, Optional.empty());
  }

  private void write(long articleId, Optional<SearchDocument> document) {
    swap.readLock().lock();
    try {
      ensureOpen();
      apply(current, articleId, document);
      Rebuilding pending = rebuilding;
      if (pending != null) {
        pending.writes.put(articleId, document);
      }
    } finally {
      swap.readLock().unlock();
    }
  }

  private static void apply(
      IndexGeneration generation, long articleId, Optional<SearchDocument> document) {
    try {
      if (document.isPresent()) {
        generation.writer.updateDocument(
            ArticleFields.idTerm(articleId),
            ArticleFields.toDocument(document.get(), generation.offsets));
      } else {
        generation.writer.deleteDocuments(ArticleFields.idTerm(articleId));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public synchronized Rebuild rebuild() {
    ensureOpen();
    if (rebuilding != null) {
      throw new IllegalStateException("a rebuild of the search index is already running");
    }
    IndexGeneration fresh =
        IndexGeneration.open(newFolder(), analysis.indexing(), true, REBUILD_RAM_BUFFER_MB);
    Rebuilding started = new Rebuilding(fresh);
    rebuilding = started;
    return started;
  }

  @Override
  public SearchResults search(SearchQuery query) {
    return read(
        searcher -> {
          IndexReader.CacheHelper helper = searcher.getIndexReader().getReaderCacheHelper();
          if (helper == null) {
            return searches.search(searcher, query);
          }
          Answer key = new Answer(helper.getKey(), query);
          SearchResults known = answers.getIfPresent(key);
          if (known != null) {
            return known;
          }
          SearchResults results = searches.search(searcher, query);
          answers.put(key, results);
          return results;
        });
  }

  @Override
  public List<Suggestion> suggest(String prefix, int limit) {
    return read(searcher -> suggestions.suggest(searcher, prefix, limit));
  }

  @Override
  public List<Long> related(long articleId, int limit) {
    return read(searcher -> related.find(searcher, articleId, limit));
  }

  @Override
  public OptionalInt indexedVersion(long articleId) {
    return read(
        searcher -> {
          TopDocs found = searcher.search(new TermQuery(ArticleFields.idTerm(articleId)), 1);
          if (found.scoreDocs.length == 0) {
            return OptionalInt.empty();
          }
          int doc = found.scoreDocs[0].doc;
          List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
          LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
          NumericDocValues versions = DocValues.getNumeric(leaf.reader(), ArticleFields.VERSION);
          return versions.advanceExact(doc - leaf.docBase)
              ? OptionalInt.of((int) versions.longValue())
              : OptionalInt.empty();
        });
  }

  @Override
  public Map<Long, Integer> indexedVersions() {
    return read(
        searcher -> {
          Map<Long, Integer> versions = new HashMap<>();
          for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            LeafReader reader = leaf.reader();
            NumericDocValues ids = DocValues.getNumeric(reader, ArticleFields.ID_VALUE);
            NumericDocValues numbers = DocValues.getNumeric(reader, ArticleFields.VERSION);
            Bits live = reader.getLiveDocs();
            for (int doc = ids.nextDoc();
                doc != NumericDocValues.NO_MORE_DOCS;
                doc = ids.nextDoc()) {
              if ((live == null || live.get(doc)) && numbers.advanceExact(doc)) {
                versions.put(ids.longValue(), (int) numbers.longValue());
              }
            }
          }
          return versions;
        });
  }

  @Override
  public long count() {
    return read(searcher -> (long) searcher.getIndexReader().numDocs());
  }

  @Override
  public void refreshNow() {
    IndexGeneration generation = acquire();
    try {
      generation.searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      generation.release();
    }
  }

  @Override
  public boolean outdated() {
    return !current.offsets;
  }

  /** The folder searched now, for tests. */
  Path currentFolder() {
    return current.path;
  }

  /** The writer in use now, for tests. */
  IndexWriter currentWriter() {
    return current.writer;
  }

  @Override
  public void close() {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
    }
    background.shutdownNow();
    try {
      background.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    Rebuilding pending = rebuilding;
    if (pending != null) {
      pending.close();
    }
    swap.writeLock().lock();
    try {
      current.retire(false);
    } finally {
      swap.writeLock().unlock();
    }
  }

  private interface Reading<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  private <T> T read(Reading<T> reading) {
    IndexGeneration generation = acquire();
    try {
      IndexSearcher searcher = generation.searchers.acquire();
      try {
        return reading.apply(searcher);
      } finally {
        generation.searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      generation.release();
    }
  }

  private IndexGeneration acquire() {
    while (true) {
      ensureOpen();
      IndexGeneration generation = current;
      if (generation.tryAcquire()) {
        return generation;
      }
      // Swapped out between reading and acquiring: the next read sees the new one.
      Thread.onSpinWait();
    }
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("the search index is closed");
    }
  }

  private void refresh() {
    try {
      IndexGeneration generation = acquire();
      try {
        if (!generation.writer.isOpen()) {
          reopen(generation);
          return;
        }
        generation.searchers.maybeRefresh();
      } finally {
        generation.release();
      }
    } catch (IOException | RuntimeException e) {
      if (!closed) {
        log.warn("Refreshing the search index failed", e);
      }
    }
  }

  /**
   * Opens the folder of a generation whose writer stopped again from its last commit, and puts it
   * in that generation's place; on the background thread only.
   */
  private void reopen(IndexGeneration stopped) {
    long now = System.nanoTime();
    if (reopenTriedAt != 0 && now - reopenTriedAt < REOPEN_PAUSE.toNanos()) {
      return;
    }
    reopenTriedAt = now;
    Throwable cause = stopped.writer.getTragicException();
    String why = cause == null ? "closed" : String.valueOf(cause.getMessage());
    IndexGeneration reopened;
    try {
      reopened = IndexGeneration.open(stopped.path, analysis.indexing(), false, RAM_BUFFER_MB);
    } catch (RuntimeException e) {
      if (!reopenFailing) {
        reopenFailing = true;
        log.warn(
            "The search index's writer stopped ({}) and its folder {} cannot be opened again yet"
                + " ({}); searches use the index as it was, and it is tried again every {} s",
            why,
            stopped.path,
            e.getMessage(),
            REOPEN_PAUSE.toSeconds());
      }
      return;
    }
    swap.writeLock().lock();
    try {
      if (closed || current != stopped) {
        reopened.retire(false);
        return;
      }
      current = reopened;
    } finally {
      swap.writeLock().unlock();
    }
    stopped.retire(false);
    reopenFailing = false;
    reopenTriedAt = 0;
    log.warn(
        "The search index's writer stopped ({}); {} is open again from its last commit, and the"
            + " next catch-up writes again what came after it",
        why,
        stopped.path);
  }

  private void commitQuietly() {
    try {
      IndexGeneration generation = acquire();
      try {
        if (generation.writer.isOpen() && generation.writer.hasUncommittedChanges()) {
          generation.writer.commit();
        }
      } finally {
        generation.release();
      }
    } catch (IOException | RuntimeException e) {
      if (!closed) {
        log.warn("Committing the search index failed", e);
      }
    }
  }

  /**
   * The folder named by the pointer file, or a new one; any other {@code index-*} folder is an
   * abandoned rebuild (or one retired just before a crash) and is deleted.
   */
  private IndexGeneration openCurrent() {
    try {
      Files.createDirectories(root);
      Path pointer = root.resolve(POINTER);
      Path folder = null;
      if (Files.isRegularFile(pointer)) {
        String name = Files.readString(pointer).strip();
        if (name.startsWith(PREFIX) && Files.isDirectory(root.resolve(name))) {
          folder = root.resolve(name);
        }
      }
      IndexGeneration generation;
      if (folder == null) {
        folder = newFolder();
        generation = IndexGeneration.open(folder, analysis.indexing(), true, RAM_BUFFER_MB);
        generation.writer.commit();
        point(folder);
      } else {
        try {
          generation = IndexGeneration.open(folder, analysis.indexing(), false, RAM_BUFFER_MB);
        } catch (UncheckedIOException e) {
          if (e.getCause() instanceof LockObtainFailedException) {
            throw e;
          }
          // A damaged index is only a cache of the store: start empty, reconciliation refills it.
          log.warn("The search index in {} cannot be opened; starting a new one", folder, e);
          folder = newFolder();
          generation = IndexGeneration.open(folder, analysis.indexing(), true, RAM_BUFFER_MB);
          generation.writer.commit();
          point(folder);
        }
      }
      Path keep = folder;
      try (Stream<Path> folders = Files.list(root)) {
        folders
            .filter(p -> p.getFileName().toString().startsWith(PREFIX) && !p.equals(keep))
            .forEach(IndexGeneration::deleteFolder);
      }
      return generation;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the search index in " + root, e);
    }
  }

  private Path newFolder() {
    return root.resolve(
        PREFIX + System.currentTimeMillis() + "-" + folderSequence.incrementAndGet());
  }

  private void point(Path folder) throws IOException {
    Path pointer = root.resolve(POINTER);
    Path temporary = root.resolve(POINTER + ".tmp");
    Files.writeString(temporary, folder.getFileName().toString());
    Files.move(
        temporary, pointer, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  /**
   * A new index being filled; used by one caller, whose documents are analysed by one worker per
   * core (analysis is most of a rebuild's time). An article is expected once per rebuild.
   */
  private final class Rebuilding implements Rebuild {

    private final IndexGeneration fresh;

    /** Writes made through the index meanwhile, last one per article; empty means removed. */
    final Map<Long, Optional<SearchDocument>> writes = new ConcurrentHashMap<>();

    private final ThreadPoolExecutor workers;
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    private boolean finished;

    Rebuilding(IndexGeneration fresh) {
      this.fresh = fresh;
      int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
      this.workers =
          new ThreadPoolExecutor(
              threads,
              threads,
              0,
              TimeUnit.SECONDS,
              new ArrayBlockingQueue<>(threads * 64),
              Thread.ofPlatform().name("search-rebuild-", 0).daemon().factory(),
              new ThreadPoolExecutor.CallerRunsPolicy());
    }

    @Override
    public void add(SearchDocument document) {
      if (finished) {
        throw new IllegalStateException("this rebuild is over");
      }
      rethrow();
      workers.execute(
          () -> {
            try {
              apply(fresh, document.articleId(), Optional.of(document));
            } catch (RuntimeException e) {
              failure.compareAndSet(null, e);
            }
          });
    }

    private void rethrow() {
      RuntimeException e = failure.get();
      if (e != null) {
        throw e;
      }
    }

    private void drain() {
      workers.shutdown();
      try {
        if (!workers.awaitTermination(1, TimeUnit.HOURS)) {
          throw new IllegalStateException("the rebuild's workers did not finish");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while finishing the rebuild", e);
      }
    }

    @Override
    public void commit() {
      if (finished) {
        throw new IllegalStateException("this rebuild is over");
      }
      drain();
      rethrow();
      IndexGeneration old;
      swap.writeLock().lock();
      try {
        ensureOpen();
        writes.forEach((id, document) -> apply(fresh, id, document));
        fresh.writer.commit();
        fresh.searchers.maybeRefreshBlocking();
        point(fresh.path);
        old = current;
        current = fresh;
        finished = true;
        rebuilding = null;
      } catch (IOException e) {
        throw new UncheckedIOException("could not swap in the rebuilt search index", e);
      } finally {
        swap.writeLock().unlock();
      }
      old.retire(true);
      log.info("Search index rebuilt in {}", fresh.path.getFileName());
    }

    @Override
    public void close() {
      synchronized (LuceneSearchIndex.this) {
        if (finished) {
          return;
        }
        finished = true;
        if (rebuilding == this) {
          rebuilding = null;
        }
      }
      workers.shutdownNow();
      try {
        workers.awaitTermination(1, TimeUnit.MINUTES);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      fresh.retire(true);
    }
  }
}
