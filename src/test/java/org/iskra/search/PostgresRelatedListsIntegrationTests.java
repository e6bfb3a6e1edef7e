package org.iskra.search;

import org.iskra.store.TestDatabases;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@org.junit.jupiter.api.condition.EnabledIf("org.iskra.store.TestDatabases#isPostgresConfigured")
class PostgresRelatedListsIntegrationTests extends RelatedListsIntegrationTests {

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry registry) {
    TestDatabases.emptyDatabaseProperties(TestDatabases.Kind.POSTGRESQL)
        .forEach((k, v) -> registry.add(k, () -> v));
  }
}
