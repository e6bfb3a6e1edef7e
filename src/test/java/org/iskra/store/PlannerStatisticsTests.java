package org.iskra.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** SQLite's planner, once given statistics, finds a batch's translations by their group. */
class PlannerStatisticsTests {

  private static final String TRANSLATIONS_OF_A_BATCH =
      "SELECT id FROM articles WHERE translation_group IN ('g1', 'g2', 'g3')"
          + " AND status = 'published' ORDER BY language, id";

  @Test
  void analysesTheStoreOnceThenFindsTranslationsByTheirGroupNotByEveryPublishedArticle() {
    TestDatabases.TestDatabase database = TestDatabases.sqlite();
    JdbcClient jdbc = database.jdbc();
    jdbc.sql("INSERT INTO sections (slug, name) VALUES ('world', 'World')").update();
    jdbc.sql(
            """
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000)
            INSERT INTO articles (uid, language, slug, title, status, section_id,
                                  translation_group, published_at, created_at, updated_at)
            SELECT 'u' || i, 'en', 'a-' || i, 'Article ' || i, 'published',
                   (SELECT id FROM sections), 'g' || i, i, i, i FROM n""")
        .update();
    PlannerStatistics statistics = new PlannerStatistics(jdbc, database.url());

    List<String> analysed = statistics.refresh();

    assertThat(analysed).anyMatch(line -> line.contains("\"articles\""));
    assertThat(plan(jdbc)).anyMatch(step -> step.contains("articles_translation_group"));
    assertThat(statistics.refresh())
        .as("nothing changed since: articles are not analysed again")
        .noneMatch(line -> line.contains("\"articles\""));
  }

  @Test
  void leavesOtherStoresToTheirOwnStatistics() {
    PlannerStatistics statistics =
        new PlannerStatistics(
            JdbcClient.create(new org.springframework.jdbc.datasource.SimpleDriverDataSource()),
            "jdbc:postgresql://127.0.0.1/iskra");

    assertThat(statistics.refresh()).isEmpty();
  }

  private static List<String> plan(JdbcClient jdbc) {
    return TestDatabases.sqlitePlan(jdbc, TRANSLATIONS_OF_A_BATCH, Map.of());
  }
}
