package org.iskra.article;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The desk's view of the articles store: every state, filtered, newest change first. */
interface DeskArticles {

  List<Row> list(DeskFilter filter, int offset, int limit);

  long count(DeskFilter filter);

  /** These articles' rows, in this order; missing ones are left out. */
  List<Row> listByIds(List<Long> ids);

  /** Articles per state (status codes and {@code trashed}) for the filter's other criteria. */
  Map<String, Long> countPerState(DeskFilter filter);

  /**
   * A row before bylines and sections are resolved to names.
   *
   * @param outOfDate a translation whose original changed since it last caught up
   */
  record Row(
      long id,
      String title,
      ArticleStatus status,
      boolean trashed,
      String language,
      long sectionId,
      Instant publishedAt,
      Instant updatedAt,
      List<Long> authorIds,
      boolean outOfDate) {}
}
