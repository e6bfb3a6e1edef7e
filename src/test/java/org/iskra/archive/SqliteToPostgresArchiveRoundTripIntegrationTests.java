package org.iskra.archive;

import org.iskra.store.TestDatabases;
import org.junit.jupiter.api.condition.EnabledIf;

@EnabledIf("org.iskra.store.TestDatabases#isPostgresConfigured")
class SqliteToPostgresArchiveRoundTripIntegrationTests extends ArchiveRoundTripIntegrationTests {

  @Override
  TestDatabases.Kind source() {
    return TestDatabases.Kind.SQLITE;
  }

  @Override
  TestDatabases.Kind target() {
    return TestDatabases.Kind.POSTGRESQL;
  }
}
