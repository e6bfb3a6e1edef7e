package org.iskra.archive;

import org.iskra.store.TestDatabases;

class SqliteToSqliteArchiveRoundTripIntegrationTests extends ArchiveRoundTripIntegrationTests {

  @Override
  TestDatabases.Kind source() {
    return TestDatabases.Kind.SQLITE;
  }

  @Override
  TestDatabases.Kind target() {
    return TestDatabases.Kind.SQLITE;
  }
}
