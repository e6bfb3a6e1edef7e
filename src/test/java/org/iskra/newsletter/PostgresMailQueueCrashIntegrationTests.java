package org.iskra.newsletter;

import org.iskra.store.TestDatabases;

@org.junit.jupiter.api.condition.EnabledIf("org.iskra.store.TestDatabases#isPostgresConfigured")
class PostgresMailQueueCrashIntegrationTests extends MailQueueCrashIntegrationTests {

  @Override
  TestDatabases.Kind kind() {
    return TestDatabases.Kind.POSTGRESQL;
  }
}
