package org.iskra.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.iskra.store.TestDatabases;
import org.junit.jupiter.api.Test;

/**
 * Every catch-up (start-up and every minute) asks which published articles lack a related list: on
 * SQLite, from an index of statuses, never by walking the table and its bodies' pages.
 */
class RelatedListsPlanTests {

  @Test
  void publishedArticlesWithoutAListAreFoundFromAnIndexNotFromTheTable() {
    var jdbc = TestDatabases.sqlite().jdbc();

    assertThat(
            jdbc.sql("EXPLAIN QUERY PLAN " + JdbcRelatedLists.PUBLISHED_SHORTER_THAN)
                .param("after", 0)
                .param("length", 0)
                .param("limit", 500)
                .query((rs, row) -> rs.getString("detail"))
                .list())
        .first()
        .asString()
        .startsWith("SEARCH a USING COVERING INDEX articles_status");
  }
}
