package org.iskra.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.iskra.store.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * Every table the migrations create is either in the archive or excluded with a reason ({@link
 * ArchiveTables}). A migration that adds a table fails here until someone decides, so a new
 * feature's data can never be left out of backups silently.
 */
class ArchiveTablesIntegrationTests {

  @Test
  void everySqliteTableIsExportedOrExcludedOnPurpose() {
    TestDatabases.TestDatabase db = TestDatabases.sqlite();
    List<String> tables =
        db.jdbc()
            .sql("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
            .query(String.class)
            .list();
    assertClassified(tables);
  }

  @Test
  @EnabledIf("org.iskra.store.TestDatabases#isPostgresConfigured")
  void everyPostgresTableIsExportedOrExcludedOnPurpose() {
    TestDatabases.TestDatabase db = TestDatabases.postgres();
    List<String> tables =
        db.jdbc()
            .sql(
                "SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = ? AND table_type = 'BASE TABLE'")
            .param(db.schema())
            .query(String.class)
            .list();
    assertClassified(tables);
  }

  @Test
  void noTableIsBothExportedAndExcludedNorExportedTwice() {
    Set<String> exported = new HashSet<>();
    for (ArchiveTables.Table table : ArchiveTables.EXPORTED) {
      assertThat(exported.add(table.name())).as("%s listed once", table.name()).isTrue();
    }
    assertThat(exported).doesNotContainAnyElementsOf(ArchiveTables.EXCLUDED.keySet());
  }

  private static void assertClassified(List<String> tables) {
    Set<String> classified = new HashSet<>(ArchiveTables.EXCLUDED.keySet());
    ArchiveTables.EXPORTED.forEach(t -> classified.add(t.name()));
    assertThat(tables)
        .as(
            "tables a migration creates but ArchiveTables neither exports nor excludes: add each"
                + " to EXPORTED (after the tables it refers to) or to EXCLUDED with the reason")
        .allMatch(classified::contains);
    assertThat(classified)
        .as("tables ArchiveTables names that no migration creates")
        .allMatch(tables::contains);
  }
}
