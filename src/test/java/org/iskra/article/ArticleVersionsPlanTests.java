package org.iskra.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.iskra.store.TestDatabases;
import org.junit.jupiter.api.Test;

/**
 * The search index's catch-up reads every article's version at start-up and every minute: on
 * SQLite, from a covering index, never by walking the table and its bodies' pages (500 MB at
 * 100,000 articles).
 */
class ArticleVersionsPlanTests {

  @Test
  void everyVersionIsReadFromAnIndexNotFromTheTable() {
    assertThat(
            TestDatabases.sqlitePlan(
                TestDatabases.sqlite().jdbc(), JdbcArticles.VERSIONS, Map.of()))
        .containsExactly("SCAN articles USING COVERING INDEX articles_versions");
  }
}
