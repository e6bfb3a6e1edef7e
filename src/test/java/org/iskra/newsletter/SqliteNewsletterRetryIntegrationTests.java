package org.iskra.newsletter;

import org.iskra.store.TestDatabases;

class SqliteNewsletterRetryIntegrationTests extends NewsletterRetryIntegrationTests {

  @Override
  TestDatabases.Kind kind() {
    return TestDatabases.Kind.SQLITE;
  }
}
