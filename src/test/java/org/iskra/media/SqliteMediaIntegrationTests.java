package org.iskra.media;

import org.iskra.store.TestDatabases;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class SqliteMediaIntegrationTests extends MediaIntegrationTests {

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry registry) {
    properties(registry, TestDatabases.Kind.SQLITE);
  }
}
