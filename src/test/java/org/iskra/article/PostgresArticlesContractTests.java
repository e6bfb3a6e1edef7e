package org.iskra.article;

import org.iskra.store.TestDatabases;
import org.iskra.store.TestDatabases.TestDatabase;
import org.junit.jupiter.api.condition.EnabledIf;

@EnabledIf("org.iskra.store.TestDatabases#isPostgresConfigured")
class PostgresArticlesContractTests extends ArticlesContractTests {
  @Override
  TestDatabase database() {
    return TestDatabases.postgres();
  }
}
