package org.iskra.newsletter;

import org.iskra.store.TestDatabases;

class SqliteMailQueueCrashIntegrationTests extends MailQueueCrashIntegrationTests {

  @Override
  TestDatabases.Kind kind() {
    return TestDatabases.Kind.SQLITE;
  }
}
