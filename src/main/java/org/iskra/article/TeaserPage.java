package org.iskra.article;

import java.util.List;

/**
 * One page of a listing.
 *
 * @param number 1-based page number
 * @param pageCount at least 1, even for an empty listing
 */
public record TeaserPage(List<Teaser> teasers, int number, int pageCount, long total) {

  public boolean hasPrevious() {
    return number > 1;
  }

  public boolean hasNext() {
    return number < pageCount;
  }
}
