package org.iskra.archive;

import org.iskra.store.TestDatabases;
import org.junit.jupiter.api.condition.EnabledIf;

@EnabledIf("org.iskra.store.TestDatabases#isPostgresConfigured")
class PostgresWxrExportIntegrationTests extends WxrExportIntegrationTests {

  @Override
  TestDatabases.Kind kind() {
    return TestDatabases.Kind.POSTGRESQL;
  }
}
