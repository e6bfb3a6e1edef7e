package org.iskra.syndication;

import java.time.Instant;
import java.util.List;

/**
 * One entry of an RSS or Atom feed, as read by {@link FeedReader}, whether from a file or a
 * partner's feed.
 *
 * @param guid the entry's GUID (RSS) or id (Atom), or empty
 * @param link its address, or empty
 * @param title plain text, or empty
 * @param standfirst the description as plain text when the entry also has full content, else empty
 * @param body HTML (not yet sanitised: the publisher does that), or empty
 * @param authorNames plain text, in order
 * @param categoryNames plain text, in order, without repeats
 * @param publishedAt the published (else updated) date, or null when missing or broken
 */
record FeedEntry(
    String guid,
    String link,
    String title,
    String standfirst,
    String body,
    List<String> authorNames,
    List<String> categoryNames,
    Instant publishedAt) {

  FeedEntry {
    authorNames = List.copyOf(authorNames);
    categoryNames = List.copyOf(categoryNames);
  }

  /** The entry's identity in its feed: the GUID, else the link, else empty. */
  String identity() {
    return guid.isEmpty() ? link : guid;
  }
}
