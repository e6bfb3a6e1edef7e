package org.iskra.media;

import org.iskra.store.TestDatabases;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@EnabledIf("org.iskra.store.TestDatabases#isPostgresConfigured")
class PostgresFullDiskIntegrationTests extends FullDiskIntegrationTests {

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry registry) {
    properties(registry, TestDatabases.Kind.POSTGRESQL);
  }
}
