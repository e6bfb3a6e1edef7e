package org.iskra.archive;

import org.iskra.store.TestDatabases;
import org.junit.jupiter.api.condition.EnabledIf;

@EnabledIf("org.iskra.store.TestDatabases#isPostgresConfigured")
class PostgresToSqliteArchiveRoundTripIntegrationTests extends ArchiveRoundTripIntegrationTests {

  @Override
  TestDatabases.Kind source() {
    return TestDatabases.Kind.POSTGRESQL;
  }

  @Override
  TestDatabases.Kind target() {
    return TestDatabases.Kind.SQLITE;
  }
}
