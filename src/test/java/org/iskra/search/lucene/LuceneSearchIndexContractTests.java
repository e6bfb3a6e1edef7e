package org.iskra.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.iskra.search.SearchFixtures;
import org.iskra.search.SearchIndex;
import org.iskra.search.SearchIndexContractTests;
import org.iskra.search.SearchSettings;
import org.junit.jupiter.api.Test;

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

  @Test
  void aDamagedIndexIsReplacedByAnEmptyOne() throws IOException {
    index.index(SearchFixtures.anArticle(1).title("Lost").build());
    Path used = ((LuceneSearchIndex) index).currentFolder();
    index.close();
    try (Stream<Path> files = Files.list(used)) {
      for (Path file : files.toList()) {
        Files.write(file, new byte[] {1, 2, 3});
      }
    }
    index = open(folder);
    assertThat(index.count()).isZero();
    index.index(SearchFixtures.anArticle(2).title("Found").build());
    settle(index);
    assertThat(index.count()).isEqualTo(1);
    assertThat(used).doesNotExist();
  }

  @Test
  void aSecondIndexOnTheSameFolderIsRefused() {
    assertThatThrownBy(() -> open(folder)).isInstanceOf(org.iskra.search.SearchIndexBusy.class);
    assertThat(index.count()).isZero();
  }
}
