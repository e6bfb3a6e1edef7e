package org.iskra.search;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * A full-text index of articles. The contract every engine fulfils (Lucene embedded now, a
 * distributed engine later); {@code SearchIndexContractTests} runs against each.
 *
 * <p>Implementations are thread-safe. Writes are idempotent: indexing the same document twice
 * leaves one copy; removing a missing article does nothing. A write is visible to searches within a
 * second. Documents are keyed by {@link SearchDocument#articleId()}.
 */
public interface SearchIndex extends AutoCloseable {

  /** Adds or replaces the article's document. */
  void index(SearchDocument document);

  /** Removes the article's document, if any. */
  void remove(long articleId);

  /**
   * Makes every write so far visible to the next read before returning, instead of within the
   * second: for work that reads the index right after writing it (an article's related list).
   */
  void refreshNow();

  /**
   * Starts building a complete new index beside the one serving searches, which keeps answering
   * until {@link Rebuild#commit()} swaps the new one in at once.
   */
  Rebuild rebuild();

  /**
   * Whether the index was written by an earlier version in a form this one can search but only
   * serves well once rebuilt (the start-up catch-up then rebuilds it in the background).
   */
  boolean outdated();

  /** A complete replacement index being built; not thread-safe, used by one caller. */
  interface Rebuild extends AutoCloseable {

    void add(SearchDocument document);

    /**
     * Makes the new index the one searched; writes made meanwhile through {@code index} are kept.
     */
    void commit();

    /** Abandons the new index unless committed. */
    @Override
    void close();
  }

  /**
   * Searches. Never throws for any query text: text that cannot be parsed is searched as literal
   * words; over-long text is cut to {@link SearchQuery#MAX_LENGTH} characters.
   */
  SearchResults search(SearchQuery query);

  /**
   * Completions for what a reader is typing: article titles, tags and authors starting with, or
   * containing a word starting with, the prefix; public articles only.
   */
  List<Suggestion> suggest(String prefix, int limit);

  /**
   * The ids of the published articles most like this one (more-like-this on its text), best first,
   * never the article itself. Empty when the article is not indexed.
   */
  List<Long> related(long articleId, int limit);

  /**
   * The version of the article's document as reads see it now, or empty when it is not indexed (or
   * not visible yet).
   */
  OptionalInt indexedVersion(long articleId);

  /**
   * The version of every indexed article, to find what the store changed while the index missed it.
   */
  Map<Long, Integer> indexedVersions();

  /** Documents in the index. */
  long count();

  @Override
  void close();
}
