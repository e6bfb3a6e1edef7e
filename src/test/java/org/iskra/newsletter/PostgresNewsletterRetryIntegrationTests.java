package org.iskra.newsletter;

import org.iskra.store.TestDatabases;

@org.junit.jupiter.api.condition.EnabledIf("org.iskra.store.TestDatabases#isPostgresConfigured")
class PostgresNewsletterRetryIntegrationTests extends NewsletterRetryIntegrationTests {

  @Override
  TestDatabases.Kind kind() {
    return TestDatabases.Kind.POSTGRESQL;
  }
}
