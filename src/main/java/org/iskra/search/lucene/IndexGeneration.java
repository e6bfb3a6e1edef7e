package org.iskra.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One index folder with its writer and searcher manager. Reference-counted: the index holds one
 * reference while the generation is current, every search another, so that a generation replaced by
 * a rebuild is closed (and its folder deleted) only after the last search on it ended.
 */
final class IndexGeneration {

  private static final Logger log = LoggerFactory.getLogger(IndexGeneration.class);

  final Path path;
  final Directory directory;
  final IndexWriter writer;
  final SearcherManager searchers;

  /**
   * Whether documents are written with their words' offsets ({@link ArticleFields#hasOffsets}):
   * always in a new or empty index, never in one written before offsets were added, which keeps its
   * field types until a rebuild replaces it.
   */
  final boolean offsets;

  private final AtomicInteger references = new AtomicInteger(1);
  private volatile boolean deleteWhenClosed;

  private IndexGeneration(Path path, Directory directory, IndexWriter writer) throws IOException {
    this.path = path;
    this.directory = directory;
    this.writer = writer;
    this.searchers = new SearcherManager(writer, true, false, null);
    IndexSearcher searcher = searchers.acquire();
    try {
      this.offsets =
          ArticleFields.hasOffsets(FieldInfos.getMergedFieldInfos(searcher.getIndexReader()));
    } finally {
      searchers.release(searcher);
    }
  }

  /** Opens the folder's index, creating it when missing (or anew when {@code create}). */
  static IndexGeneration open(Path path, Analyzer analyzer, boolean create, double ramBufferMb) {
    Directory directory = null;
    try {
      Files.createDirectories(path);
      directory = FSDirectory.open(path);
      IndexWriterConfig config = new IndexWriterConfig(analyzer);
      config.setOpenMode(
          create ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      config.setRAMBufferSizeMB(ramBufferMb);
      IndexWriter writer = new IndexWriter(directory, config);
      try {
        return new IndexGeneration(path, directory, writer);
      } catch (IOException | RuntimeException e) {
        writer.rollback();
        throw e;
      }
    } catch (org.apache.lucene.store.LockObtainFailedException e) {
      closeQuietly(directory);
      throw new org.iskra.search.SearchIndexBusy(
          "another process (the running server?) holds the search index in " + path, e);
    } catch (IOException e) {
      closeQuietly(directory);
      throw new UncheckedIOException("cannot open the search index in " + path, e);
    }
  }

  /** A reference for one search, or false when the generation was closed meanwhile. */
  boolean tryAcquire() {
    while (true) {
      int n = references.get();
      if (n <= 0) {
        return false;
      }
      if (references.compareAndSet(n, n + 1)) {
        return true;
      }
    }
  }

  void release() {
    if (references.decrementAndGet() == 0) {
      dispose();
    }
  }

  /** Drops the index's own reference; the folder goes when the last search is done. */
  void retire(boolean deleteFolder) {
    deleteWhenClosed = deleteFolder;
    release();
  }

  private void dispose() {
    try {
      searchers.close();
    } catch (IOException | RuntimeException e) {
      log.warn("Closing the searchers of {} failed", path, e);
    }
    try {
      if (deleteWhenClosed) {
        writer.rollback();
      } else {
        writer.close();
      }
    } catch (IOException | RuntimeException e) {
      log.warn("Closing the index writer of {} failed", path, e);
    }
    closeQuietly(directory);
    if (deleteWhenClosed) {
      deleteFolder(path);
    }
  }

  static void deleteFolder(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(IndexGeneration::deleteQuietly);
    } catch (IOException | UncheckedIOException e) {
      log.warn("Could not delete the old search index {}", folder, e);
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      log.warn("Could not delete {}", file, e);
    }
  }

  private static void closeQuietly(Directory directory) {
    if (directory == null) {
      return;
    }
    try {
      directory.close();
    } catch (IOException e) {
      log.warn("Closing the search directory failed", e);
    }
  }
}
