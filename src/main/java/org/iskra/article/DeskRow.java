package org.iskra.article;

import java.time.Instant;
import java.util.List;
import org.iskra.author.Author;
import org.iskra.section.Section;

/**
 * One line of the desk's article list.
 *
 * @param outOfDate a translation whose original changed since it was last brought up to date
 */
public record DeskRow(
    long id,
    String title,
    ArticleStatus status,
    boolean trashed,
    String language,
    Section section,
    List<Author> authors,
    Instant publishedAt,
    Instant updatedAt,
    boolean outOfDate) {

  /** The state shown as a badge: the status, or {@code trashed}. */
  public String state() {
    return trashed ? DeskFilter.TRASHED : status.code();
  }
}
