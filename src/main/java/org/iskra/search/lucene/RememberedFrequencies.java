package org.iskra.search.lucene;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.CompositeReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermVectors;

/**
 * One open index's statistics as {@code MoreLikeThis} reads them, with each term's document
 * frequency looked up once: picking the terms of one article asks for the frequency of every word
 * it has, and articles share most of their words, so looking each one up in every segment again was
 * a fifth of the time of a related-articles list. The answers are the reader's own (an open reader
 * never changes); only the statistics are offered, not the documents' postings. Memory grows with
 * the vocabulary of the articles asked about, and goes with the reader. Thread-safe.
 */
final class RememberedFrequencies extends CompositeReader {

  private final IndexReader reader;
  private final ConcurrentHashMap<Term, Integer> documentFrequencies = new ConcurrentHashMap<>();

  RememberedFrequencies(IndexReader reader) {
    this.reader = reader;
  }

  /** Whether these are the statistics of that reader. */
  boolean of(IndexReader other) {
    return reader == other;
  }

  @Override
  public int docFreq(Term term) throws IOException {
    Integer known = documentFrequencies.get(term);
    if (known == null) {
      known = reader.docFreq(term);
      documentFrequencies.put(term, known);
    }
    return known;
  }

  @Override
  public long totalTermFreq(Term term) throws IOException {
    return reader.totalTermFreq(term);
  }

  @Override
  public long getSumDocFreq(String field) throws IOException {
    return reader.getSumDocFreq(field);
  }

  @Override
  public int getDocCount(String field) throws IOException {
    return reader.getDocCount(field);
  }

  @Override
  public long getSumTotalTermFreq(String field) throws IOException {
    return reader.getSumTotalTermFreq(field);
  }

  @Override
  public int numDocs() {
    return reader.numDocs();
  }

  @Override
  public int maxDoc() {
    return reader.maxDoc();
  }

  @Override
  public TermVectors termVectors() throws IOException {
    return reader.termVectors();
  }

  @Override
  public StoredFields storedFields() throws IOException {
    return reader.storedFields();
  }

  @Override
  protected List<? extends IndexReader> getSequentialSubReaders() {
    // Statistics only: nothing reads documents through this reader's leaves.
    return List.of();
  }

  @Override
  public CacheHelper getReaderCacheHelper() {
    return null;
  }

  @Override
  protected void doClose() {
    // The searcher's reader is closed by whoever opened it, not through this view.
  }
}
