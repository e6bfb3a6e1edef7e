package org.iskra.search;

import org.iskra.store.TestDatabases;
import org.iskra.store.TestDatabases.TestDatabase;
import org.junit.jupiter.api.condition.EnabledIf;

@EnabledIf("org.iskra.store.TestDatabases#isPostgresConfigured")
class PostgresRelatedListsContractTests extends RelatedListsContractTests {
  @Override
  TestDatabase database() {
    return TestDatabases.postgres();
  }
}
