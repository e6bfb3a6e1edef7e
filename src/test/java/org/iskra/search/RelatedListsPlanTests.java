package org.iskra.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.iskra.store.TestDatabases;
import org.junit.jupiter.api.Test;

/**
 * Every catch-up (start-up and every minute) asks which published articles lack a related list: on
 * SQLite, from an index of statuses, never by walking the table and its bodies' pages.
 */
class RelatedListsPlanTests {

  @Test
  void publishedArticlesWithoutAListAreFoundFromAnIndexNotFromTheTable() {
    assertThat(
            TestDatabases.sqlitePlan(
                TestDatabases.sqlite().jdbc(),
                JdbcRelatedLists.PUBLISHED_SHORTER_THAN,
                Map.of("after", 0, "length", 0, "limit", 500)))
        .first()
        .asString()
        .startsWith("SEARCH a USING COVERING INDEX articles_status");
  }
}
