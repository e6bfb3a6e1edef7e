package org.iskra.operations;

import org.iskra.store.TestDatabases;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class SqliteOperationsIntegrationTests extends OperationsIntegrationTests {

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry registry) {
    properties(registry, TestDatabases.Kind.SQLITE);
  }
}
