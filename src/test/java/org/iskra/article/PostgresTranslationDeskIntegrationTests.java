package org.iskra.article;

import org.iskra.store.TestDatabases;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@org.junit.jupiter.api.condition.EnabledIf("org.iskra.store.TestDatabases#isPostgresConfigured")
class PostgresTranslationDeskIntegrationTests extends TranslationDeskIntegrationTests {

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry registry) {
    TestDatabases.emptyDatabaseProperties(TestDatabases.Kind.POSTGRESQL)
        .forEach((k, v) -> registry.add(k, () -> v));
  }
}
