package org.iskra.site;

import org.iskra.store.TestDatabases;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class SqliteEditionsIntegrationTests extends EditionsIntegrationTests {

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry registry) {
    TestDatabases.emptyDatabaseProperties(TestDatabases.Kind.SQLITE)
        .forEach((k, v) -> registry.add(k, () -> v));
  }
}
