package org.iskra.search.lucene;

import java.nio.file.Path;
import java.time.Duration;
import org.iskra.search.SearchIndex;
import org.iskra.search.SearchIndexContractTests;
import org.iskra.search.SearchSettings;

class LuceneSearchIndexContractTests extends SearchIndexContractTests {

  @Override
  protected SearchIndex open(Path folder) {
    return LuceneSearchIndex.open(
        new SearchSettings(
            folder.resolve("search"), Duration.ofMillis(250), Duration.ofSeconds(10)));
  }

  @Override
  protected void settle(SearchIndex index) {
    ((LuceneSearchIndex) index).refreshNow();
  }
}
