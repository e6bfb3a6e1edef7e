package org.iskra.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.iskra.search.SearchDocument;
import org.iskra.search.SearchFixtures;
import org.iskra.search.SearchHit;
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
  void aWriterStoppedByAFailureIsOpenedAgainFromItsLastCommit() throws Exception {
    index.index(SearchFixtures.anArticle(1).title("Dockworkers strike in Santos").build());
    index.close(); // commits
    index = open(folder);
    index.index(SearchFixtures.anArticle(2).title("Teachers march in Porto").build());
    settle(index);
    assertThat(index.indexedVersion(2)).isPresent();

    // What Lucene's writer does after a failure it cannot go on from, such as a full disk.
    ((LuceneSearchIndex) index).currentWriter().rollback();
    assertThatThrownBy(
            () -> index.index(SearchFixtures.anArticle(3).title("Miners occupy the pits").build()))
        .isInstanceOf(RuntimeException.class);
    assertThat(index.search(SearchFixtures.publicQuery("dockworkers")).hits())
        .as("searches go on meanwhile")
        .hasSize(1);

    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (true) {
      try {
        index.index(SearchFixtures.anArticle(3).title("Miners occupy the pits").build());
        break;
      } catch (RuntimeException stillStopped) {
        assertThat(System.nanoTime()).as("opened again within 20 s").isLessThan(deadline);
        Thread.sleep(50);
      }
    }
    settle(index);
    assertThat(index.indexedVersion(1)).isPresent();
    assertThat(index.indexedVersion(3)).isPresent();
    assertThat(index.indexedVersion(2))
        .as("not committed: the catch-up finds it missing and writes it again")
        .isEmpty();
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
  void anIndexWrittenWithoutOffsetsIsSearchedUntilARebuildAddsThem() throws IOException {
    SearchDocument strike =
        SearchFixtures.anArticle(1)
            .title("Dockworkers strike in Santos")
            .body("The port stopped as dockworkers walked out over wages and pensions.")
            .build();
    SearchDocument later =
        SearchFixtures.anArticle(2)
            .title("Teachers join the dockworkers")
            .body("Teachers marched to the port in support of the strike.")
            .build();
    index.index(strike);
    settle(index);
    List<SearchHit> expected = index.search(SearchFixtures.publicQuery("dockworkers")).hits();
    Path used = ((LuceneSearchIndex) index).currentFolder();
    index.close();
    // The same article as an index written before offsets were added holds it.
    try (Directory directory = FSDirectory.open(used);
        IndexWriter writer =
            new IndexWriter(directory, new IndexWriterConfig(new TextAnalysis().indexing()))) {
      writer.deleteAll();
      writer.addDocument(ArticleFields.toDocument(strike, false));
      writer.commit();
    }

    index = open(folder);
    assertThat(index.outdated()).isTrue();
    assertThat(index.search(SearchFixtures.publicQuery("dockworkers")).hits()).isEqualTo(expected);
    index.index(later); // written the old way: Lucene refuses a field whose indexing changes
    settle(index);
    assertThat(index.search(SearchFixtures.publicQuery("dockworkers")).hits()).hasSize(2);

    try (SearchIndex.Rebuild rebuild = index.rebuild()) {
      rebuild.add(strike);
      rebuild.add(later);
      rebuild.commit();
    }
    assertThat(index.outdated()).isFalse();
    // The same snippet, now marked from the stored offsets (the score moved: two articles now).
    assertThat(index.search(SearchFixtures.publicQuery("dockworkers")).hits())
        .filteredOn(hit -> hit.articleId() == 1)
        .extracting(SearchHit::snippet)
        .containsExactly(expected.getFirst().snippet());
  }

  @Test
  void aSecondIndexOnTheSameFolderIsRefused() {
    assertThatThrownBy(() -> open(folder)).isInstanceOf(org.iskra.search.SearchIndexBusy.class);
    assertThat(index.count()).isZero();
  }
}
