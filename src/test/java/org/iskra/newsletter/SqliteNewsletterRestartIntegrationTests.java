package org.iskra.newsletter;

import org.iskra.store.TestDatabases;

class SqliteNewsletterRestartIntegrationTests extends NewsletterRestartIntegrationTests {

  @Override
  TestDatabases.Kind kind() {
    return TestDatabases.Kind.SQLITE;
  }
}
