package org.iskra.media;

import org.iskra.store.TestDatabases;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class SqliteFullDiskIntegrationTests extends FullDiskIntegrationTests {

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry registry) {
    properties(registry, TestDatabases.Kind.SQLITE);
  }
}
