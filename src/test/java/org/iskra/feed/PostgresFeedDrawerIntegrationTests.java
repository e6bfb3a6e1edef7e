package org.iskra.feed;

import org.iskra.store.TestDatabases;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@EnabledIf("org.iskra.store.TestDatabases#isPostgresConfigured")
class PostgresFeedDrawerIntegrationTests extends FeedDrawerIntegrationTests {

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry registry) {
    TestDatabases.emptyDatabaseProperties(TestDatabases.Kind.POSTGRESQL)
        .forEach((k, v) -> registry.add(k, () -> v));
  }
}
