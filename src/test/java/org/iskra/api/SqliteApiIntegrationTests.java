package org.iskra.api;

import org.iskra.store.TestDatabases;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class SqliteApiIntegrationTests extends ApiIntegrationTests {

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry registry) {
    properties(registry, TestDatabases.Kind.SQLITE);
  }
}
