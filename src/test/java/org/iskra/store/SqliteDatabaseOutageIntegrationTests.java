package org.iskra.store;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class SqliteDatabaseOutageIntegrationTests extends DatabaseOutageIntegrationTests {

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry registry) {
    TestDatabases.emptyDatabaseProperties(TestDatabases.Kind.SQLITE)
        .forEach((k, v) -> registry.add(k, () -> v));
  }
}
