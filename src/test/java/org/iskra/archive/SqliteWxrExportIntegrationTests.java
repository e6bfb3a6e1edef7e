package org.iskra.archive;

import org.iskra.store.TestDatabases;

class SqliteWxrExportIntegrationTests extends WxrExportIntegrationTests {

  @Override
  TestDatabases.Kind kind() {
    return TestDatabases.Kind.SQLITE;
  }
}
