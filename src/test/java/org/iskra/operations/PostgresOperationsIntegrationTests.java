package org.iskra.operations;

import org.iskra.store.TestDatabases;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@org.junit.jupiter.api.condition.EnabledIf("org.iskra.store.TestDatabases#isPostgresConfigured")
class PostgresOperationsIntegrationTests extends OperationsIntegrationTests {

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry registry) {
    properties(registry, TestDatabases.Kind.POSTGRESQL);
  }
}
