package org.iskra.syndication;

import org.iskra.store.TestDatabases;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@EnabledIf("org.iskra.store.TestDatabases#isPostgresConfigured")
class PostgresImportersIntegrationTests extends ImportersIntegrationTests {

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry registry) {
    TestDatabases.emptyDatabaseProperties(TestDatabases.Kind.POSTGRESQL)
        .forEach((k, v) -> registry.add(k, () -> v));
    // The PostgreSQL server is shared by every cached test context (and other builds): few
    // connections each, since the importers write from one thread.
    registry.add("spring.datasource.hikari.maximum-pool-size", () -> "3");
  }
}
