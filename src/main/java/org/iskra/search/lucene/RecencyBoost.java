package org.iskra.search.lucene;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;

/**
 * A mild preference for recent articles: the score is multiplied by {@code 1 + 0.3 × exp(−age / 1
 * year)}, so today's article gains 30 % over an old one with the same words, and an article a year
 * old still 11 %. Relevance keeps the upper hand.
 */
final class RecencyBoost extends DoubleValuesSource {

  static final double WEIGHT = 0.3;
  static final double SCALE_MILLIS = 365.25 * 24 * 3600 * 1000;

  private final long now;

  RecencyBoost(long nowMillis) {
    this.now = nowMillis;
  }

  static double boost(long timeMillis, long nowMillis) {
    if (timeMillis == 0) {
      return 1;
    }
    double age = Math.max(0, nowMillis - timeMillis);
    return 1 + WEIGHT * Math.exp(-age / SCALE_MILLIS);
  }

  @Override
  public DoubleValues getValues(LeafReaderContext ctx, DoubleValues scores) throws IOException {
    NumericDocValues times = DocValues.getNumeric(ctx.reader(), ArticleFields.RECENCY);
    return new DoubleValues() {
      private double value;

      @Override
      public double doubleValue() {
        return value;
      }

      @Override
      public boolean advanceExact(int doc) throws IOException {
        value = times.advanceExact(doc) ? boost(times.longValue(), now) : 1;
        return true;
      }
    };
  }

  @Override
  public boolean needsScores() {
    return false;
  }

  @Override
  public DoubleValuesSource rewrite(IndexSearcher reader) {
    return this;
  }

  @Override
  public boolean isCacheable(LeafReaderContext ctx) {
    return false;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RecencyBoost boost && boost.now == now;
  }

  @Override
  public int hashCode() {
    return Objects.hash(RecencyBoost.class, now);
  }

  @Override
  public String toString() {
    return "recency(" + now + ")";
  }
}
