package org.iskra.article;

import org.iskra.store.TestDatabases;
import org.iskra.store.TestDatabases.TestDatabase;

class SqliteArticlesContractTests extends ArticlesContractTests {
  @Override
  TestDatabase database() {
    return TestDatabases.sqlite();
  }
}
