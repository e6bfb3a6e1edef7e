package org.iskra.media;

import java.util.List;

/**
 * One page of the library, newest first.
 *
 * @param page from 1
 * @param pages at least 1, even when nothing matches
 */
public record MediaPage(List<Media> items, int page, int pages, long total) {

  public MediaPage {
    items = List.copyOf(items);
  }

  public boolean hasPrevious() {
    return page > 1;
  }

  public boolean hasNext() {
    return page < pages;
  }
}
