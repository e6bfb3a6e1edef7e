package org.iskra.search;

import org.iskra.store.TestDatabases;
import org.iskra.store.TestDatabases.TestDatabase;

class SqliteRelatedListsContractTests extends RelatedListsContractTests {
  @Override
  TestDatabase database() {
    return TestDatabases.sqlite();
  }
}
