package org.iskra.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.iskra.search.SearchFixtures.anArticle;
import static org.iskra.search.SearchFixtures.deskQuery;
import static org.iskra.search.SearchFixtures.filtered;
import static org.iskra.search.SearchFixtures.publicQuery;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.iskra.search.SearchHit.SnippetPart;
import org.iskra.search.SearchResults.FacetCount;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every {@link SearchIndex} does, whatever the engine. A subclass says how to open one on a
 * folder and how to make writes visible at once (the contract allows a second).
 */
public abstract class SearchIndexContractTests {

  @TempDir protected Path folder;
  protected SearchIndex index;

  protected abstract SearchIndex open(Path folder);

  /** Makes every write so far visible to searches. */
  protected abstract void settle(SearchIndex index);

  @BeforeEach
  void openIndex() {
    index = open(folder);
  }

  @AfterEach
  void closeIndex() {
    index.close();
  }

  private void add(SearchDocument... documents) {
    for (SearchDocument document : documents) {
      index.index(document);
    }
    settle(index);
  }

  private List<Long> ids(SearchQuery query) {
    return index.search(query).hits().stream().map(SearchHit::articleId).toList();
  }

  private List<Long> ids(String text) {
    return ids(publicQuery(text));
  }

  @Test
  void indexingTwiceKeepsOneCopyAndReplacing() {
    add(anArticle(1).title("General strike in Panama").build());
    add(anArticle(1).title("General strike in Panama").build());
    assertThat(index.count()).isEqualTo(1);
    assertThat(ids("panama")).containsExactly(1L);

    add(anArticle(1).version(2).title("Dockers walk out in Colón").build());
    assertThat(ids("panama")).isEmpty();
    assertThat(ids("dockers")).containsExactly(1L);
    assertThat(index.count()).isEqualTo(1);
  }

  @Test
  void removingTwiceOrRemovingMissingDoesNothing() {
    add(anArticle(1).title("Strike").build(), anArticle(2).title("Strike again").build());
    index.remove(1);
    index.remove(1);
    index.remove(999);
    settle(index);
    assertThat(ids("strike")).containsExactly(2L);
    assertThat(index.count()).isEqualTo(1);
  }

  @Test
  void refreshNowShowsEveryWriteSoFarToTheNextRead() {
    index.index(anArticle(8).version(3).title("Essequibo border talks").build());
    index.refreshNow();
    assertThat(index.indexedVersion(8)).hasValue(3);
    assertThat(ids("essequibo")).containsExactly(8L);

    index.index(anArticle(8).version(4).title("Essequibo border talks").build());
    index.remove(9);
    index.refreshNow();
    assertThat(index.indexedVersion(8)).hasValue(4);
    assertThat(index.indexedVersion(9)).isEmpty();
  }

  @Test
  void writesAreVisibleWithinASecond() throws InterruptedException {
    index.index(anArticle(7).title("Essequibo referendum").build());
    long deadline = System.nanoTime() + 1_000_000_000L;
    while (ids("essequibo").isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(ids("essequibo")).containsExactly(7L);
  }

  @Test
  void readersFindOnlyPublishedArticlesOutsideTheTrash() {
    add(
        anArticle(1).title("Copper mine protests").build(),
        anArticle(2).title("Copper mine draft").status("draft").build(),
        anArticle(3).title("Copper mine scheduled").status("scheduled").build(),
        anArticle(4).title("Copper mine withdrawn").status("unpublished").build(),
        anArticle(5).title("Copper mine binned").trashed().build());
    assertThat(ids("copper")).containsExactly(1L);
    assertThat(ids(publicQuery(""))).containsExactly(1L);
    assertThat(index.search(publicQuery("copper")).facets()).doesNotContainKey(Facet.STATUS);

    SearchResults desk = index.search(deskQuery("copper"));
    assertThat(desk.total()).isEqualTo(5);
    assertThat(desk.facets().get(Facet.STATUS))
        .extracting(FacetCount::key)
        .containsExactlyInAnyOrder("published", "draft", "scheduled", "unpublished", "trashed");
    SearchResults trash =
        index.search(
            new SearchQuery(
                "copper",
                SearchQuery.Scope.DESK,
                Map.of(Facet.STATUS, Set.of("trashed")),
                SearchQuery.Sort.RELEVANCE,
                1,
                10));
    assertThat(trash.hits()).extracting(SearchHit::articleId).containsExactly(5L);
    assertThat(trash.hits().get(0).status()).isEqualTo("trashed");
  }

  @Test
  void caseAndAccentsAreFolded() {
    add(
        anArticle(1)
            .title("Túpac Amaru II and the great rebellion in Perú")
            .standfirst("The uprising of 1780 shook the Spanish empire.")
            .build(),
        anArticle(2).title("Bolivia's lithium").build());
    assertThat(ids("tupac peru")).containsExactly(1L);
    assertThat(ids("TÚPAC AMARU")).containsExactly(1L);
    assertThat(ids("perú")).containsExactly(1L);
  }

  @Test
  void wordsAreStemmedInTheArticlesLanguage() {
    add(
        anArticle(1).title("Striking nurses win their pay claim").build(),
        anArticle(2).title("A strike is called at the docks").build(),
        anArticle(3).language("es").title("El trabajador despedido vuelve a la fábrica").build(),
        anArticle(4).language("pt").title("Greve dos trabalhadores dos correios").build(),
        anArticle(5).language("fr").title("Les travailleuses de l'hôpital en grève").build(),
        anArticle(6).language("de").title("Die Arbeiter streiken in München").build());
    // Two exact matches are few, so loose ones may follow ("streiken"), but after them.
    assertThat(ids("strikes").subList(0, 2)).containsExactlyInAnyOrder(1L, 2L);
    assertThat(ids("striking")).startsWith(1L);
    assertThat(ids("trabajadores")).startsWith(3L);
    assertThat(ids("trabalhador")).startsWith(4L);
    assertThat(ids("travailleuse hopital")).startsWith(5L);
    assertThat(ids("munchen")).startsWith(6L);
  }

  @Test
  void phrasesAndExclusions() {
    add(
        anArticle(1).title("The general strike of 1938 in Jamaica").build(),
        anArticle(2).title("A strike by general workers").build(),
        anArticle(3).title("Jamaica: the strike of the dockers").build());
    assertThat(ids("\"general strike\"")).containsExactly(1L);
    assertThat(ids("strike -jamaica")).containsExactly(2L);
    assertThat(ids("strike jamaica")).containsExactlyInAnyOrder(1L, 3L);
    assertThat(ids("-jamaica")).containsExactly(2L);
  }

  @Test
  void allWordsMustMatch() {
    add(
        anArticle(1).title("Milei wins in Argentina").build(),
        anArticle(2).title("Elections in Argentina").build());
    assertThat(ids("argentina milei")).containsExactly(1L);
  }

  @Test
  void typosAreToleratedWhenTheExactSearchFindsLittle() {
    add(
        anArticle(1).title("Henry Kissinger (1923-2023): the death of a loyal servant").build(),
        anArticle(2).title("Panama protests").build());
    SearchResults results = index.search(publicQuery("kissenger"));
    assertThat(results.fuzzy()).isTrue();
    assertThat(results.hits()).extracting(SearchHit::articleId).containsExactly(1L);

    SearchResults exact = index.search(publicQuery("kissinger"));
    assertThat(exact.fuzzy()).isFalse();
    assertThat(exact.total()).isEqualTo(1);
  }

  @Test
  void facetsCountEveryMatchAndFiltersCombine() {
    add(
        anArticle(1).title("Strike in Peru").country("PE", "Peru").tag("labour", "Labour").build(),
        anArticle(2)
            .title("Strike in Chile")
            .country("CL", "Chile")
            .tag("labour", "Labour")
            .tag("mining", "Mining")
            .build(),
        anArticle(3)
            .title("Strike in Lebanon")
            .section("middle-east", "Middle East")
            .country("LB", "Lebanon")
            .tag("labour", "Labour")
            .published("2022-05-01T00:00:00Z")
            .build(),
        anArticle(4).language("es").title("Huelga en Perú").country("PE", "Peru").build(),
        anArticle(5).title("Strike draft").status("draft").country("PE", "Peru").build());

    SearchResults all = index.search(publicQuery("strike"));
    assertThat(all.total()).isEqualTo(3);
    assertThat(all.facets().get(Facet.TAG))
        .containsExactly(
            new FacetCount("labour", "Labour", 3), new FacetCount("mining", "Mining", 1));
    assertThat(all.facets().get(Facet.SECTION))
        .containsExactly(
            new FacetCount("americas", "Americas", 2),
            new FacetCount("middle-east", "Middle East", 1));
    assertThat(all.facets().get(Facet.YEAR))
        .containsExactly(new FacetCount("2023", "2023", 2), new FacetCount("2022", "2022", 1));
    assertThat(all.facets().get(Facet.AUTHOR))
        .containsExactly(new FacetCount("editorial-board", "Editorial Board", 3));

    SearchResults everything = index.search(publicQuery(""));
    assertThat(everything.facets().get(Facet.LANGUAGE))
        .containsExactly(new FacetCount("en", "English", 3), new FacetCount("es", "Español", 1));
    assertThat(everything.facets().get(Facet.COUNTRY).get(0))
        .isEqualTo(new FacetCount("PE", "Peru", 2));

    SearchResults oneOrOther =
        index.search(filtered("strike", Map.of(Facet.COUNTRY, Set.of("PE", "CL"))));
    assertThat(oneOrOther.hits())
        .extracting(SearchHit::articleId)
        .containsExactlyInAnyOrder(1L, 2L);
    // A facet's own filter does not narrow its counts, so readers can widen.
    assertThat(oneOrOther.facets().get(Facet.COUNTRY)).extracting(FacetCount::key).contains("LB");
    assertThat(oneOrOther.facets().get(Facet.SECTION))
        .containsExactly(new FacetCount("americas", "Americas", 2));

    SearchResults both =
        index.search(
            filtered("", Map.of(Facet.COUNTRY, Set.of("PE"), Facet.LANGUAGE, Set.of("es"))));
    assertThat(both.hits()).extracting(SearchHit::articleId).containsExactly(4L);
    assertThat(both.total()).isEqualTo(1);
  }

  @Test
  void aFilterEveryArticlePassesChangesNothingButStaysChosen() {
    // A one-language site: its edition's language filter is passed by every article.
    add(
        anArticle(1).title("Strike in Peru").tag("labour", "Labour").build(),
        anArticle(2).title("Strike in Chile").tag("mining", "Mining").build(),
        anArticle(3).title("Elections in Chile").build());
    SearchResults unfiltered = index.search(publicQuery("strike"));
    SearchResults english = index.search(filtered("strike", Map.of(Facet.LANGUAGE, Set.of("en"))));
    assertThat(english.hits()).isEqualTo(unfiltered.hits());
    assertThat(english.total()).isEqualTo(2);
    assertThat(english.facets()).isEqualTo(unfiltered.facets());
    assertThat(english.facets().get(Facet.LANGUAGE))
        .containsExactly(new FacetCount("en", "English", 2));

    // Once one article is in another language, the filter narrows again.
    add(anArticle(4).language("es").title("Huelga en Lima").build());
    SearchResults narrowed = index.search(filtered("", Map.of(Facet.LANGUAGE, Set.of("en"))));
    assertThat(narrowed.total()).isEqualTo(3);
    assertThat(narrowed.hits()).extracting(SearchHit::articleId).doesNotContain(4L);
    assertThat(narrowed.facets().get(Facet.LANGUAGE)).extracting(FacetCount::key).contains("es");
  }

  @Test
  void snippetsMarkTheMatchedWords() {
    add(
        anArticle(1)
            .title("Panama")
            .standfirst(
                "For months, Indigenous activists and trade unions have been on the streets.")
            .body(
                "The government signed the contract in October. Thousands of teachers struck"
                    + " against the copper mine, and the unions called a general strike.")
            .build(),
        anArticle(2).title("Copper prices").standfirst("A short note.").build());
    SearchHit hit = index.search(publicQuery("strike")).hits().get(0);
    assertThat(hit.snippet())
        .filteredOn(SnippetPart::match)
        .extracting(SnippetPart::text)
        .contains("strike");
    String text = hit.snippet().stream().map(SnippetPart::text).reduce("", String::concat);
    assertThat(text).contains("general strike").hasSizeLessThan(260);

    SearchHit titleOnly = index.search(publicQuery("prices")).hits().get(0);
    assertThat(titleOnly.snippet()).containsExactly(new SnippetPart("A short note.", false));
  }

  @Test
  void pagesAndExactTotals() {
    for (int i = 1; i <= 25; i++) {
      index.index(anArticle(i).title("Election report " + i).build());
    }
    settle(index);
    SearchQuery third =
        new SearchQuery(
            "election", SearchQuery.Scope.PUBLIC, Map.of(), SearchQuery.Sort.NEWEST, 3, 10);
    SearchResults results = index.search(third);
    assertThat(results.total()).isEqualTo(25);
    assertThat(results.pages()).isEqualTo(3);
    assertThat(results.hits()).hasSize(5);
    SearchQuery beyond =
        new SearchQuery(
            "election", SearchQuery.Scope.PUBLIC, Map.of(), SearchQuery.Sort.NEWEST, 9, 10);
    assertThat(index.search(beyond).hits()).isEmpty();
    assertThat(index.search(beyond).total()).isEqualTo(25);
  }

  @Test
  void newestAndUpdatedOrders() {
    add(
        anArticle(1)
            .title("Report one")
            .published("2021-01-01T00:00:00Z")
            .updated("2024-06-01T00:00:00Z")
            .build(),
        anArticle(2).title("Report two").published("2023-01-01T00:00:00Z").build(),
        anArticle(3)
            .title("Report three")
            .published("2022-01-01T00:00:00Z")
            .updated("2023-06-01T00:00:00Z")
            .build());
    assertThat(
            ids(
                new SearchQuery(
                    "report", SearchQuery.Scope.PUBLIC, Map.of(), SearchQuery.Sort.NEWEST, 1, 10)))
        .containsExactly(2L, 3L, 1L);
    assertThat(
            ids(
                new SearchQuery(
                    "report", SearchQuery.Scope.PUBLIC, Map.of(), SearchQuery.Sort.UPDATED, 1, 10)))
        .containsExactly(1L, 3L, 2L);
    // No words: newest first even when relevance was asked for.
    assertThat(ids(publicQuery(""))).containsExactly(2L, 3L, 1L);
  }

  @Test
  void recentArticlesWinTies() {
    add(
        anArticle(1).title("Coup in Niger").published("2015-01-01T00:00:00Z").build(),
        anArticle(2).title("Coup in Niger").published("2023-08-01T00:00:00Z").build());
    assertThat(ids("niger coup")).containsExactly(2L, 1L);
  }

  @Test
  void suggestionsForWhatIsBeingTyped() {
    add(
        anArticle(1)
            .title("Henry Kissinger: the death of a servant of imperialism")
            .tag("us-imperialism", "US imperialism")
            .author("ana-perez", "Ana Pérez")
            .build(),
        anArticle(2)
            .title("Imperial ambitions in the Caribbean")
            .tag("us-imperialism", "US imperialism")
            .build(),
        anArticle(3)
            .title("Imperialism draft")
            .status("draft")
            .tag("imperial-draft", "Imperial draft")
            .build());
    List<Suggestion> suggestions = index.suggest("imperi", 10);
    assertThat(suggestions)
        .contains(
            new Suggestion("tag", "US imperialism", "/tag/us-imperialism"),
            new Suggestion(
                "article", "Imperial ambitions in the Caribbean", "/americas/article-2"));
    assertThat(suggestions).filteredOn(s -> s.kind().equals("tag")).hasSize(1);
    assertThat(suggestions)
        .extracting(Suggestion::text)
        .doesNotContain("Imperialism draft", "Imperial draft");
    assertThat(index.suggest("perez", 5))
        .contains(new Suggestion("author", "Ana Pérez", "/author/ana-perez"));
    assertThat(index.suggest("henry kiss", 5))
        .extracting(Suggestion::kind)
        .containsExactly("article");
    assertThat(index.suggest("imperi", 2)).hasSize(2);
    assertThat(index.suggest("", 5)).isEmpty();
    assertThat(index.suggest("\"(*", 5)).isEmpty();
  }

  @Test
  void relatedArticlesAreOtherPublicOnes() {
    add(
        anArticle(1)
            .title("Argentina: Milei wins the presidential run-off")
            .body("Milei Massa run-off election Peronist vote")
            .build(),
        anArticle(2)
            .title("Argentina's run-off: Massa against Milei")
            .body("Peronist Massa and Milei in the run-off election")
            .build(),
        anArticle(3)
            .title("Draft on Milei's run-off")
            .status("draft")
            .body("Milei Massa run-off election Peronist")
            .build(),
        anArticle(4).title("Panama copper mine").body("Protests against the mine").build());
    assertThat(index.related(1, 5)).containsExactly(2L);
    assertThat(index.related(999, 5)).isEmpty();
  }

  @Test
  void relatedArticlesAreFoundBehindManyDraftsMoreLikeTheArticle() {
    // More drafts like article 1 than the best hits first read, and enough other articles that
    // the shared words stay under more-like-this's most-common cut (half of all articles).
    List<SearchDocument> others = new ArrayList<>();
    for (long id = 10; id < 20; id++) {
      others.add(
          anArticle(id)
              .title("Draft: Milei wins the presidential run-off " + id)
              .status("draft")
              .body("Milei Massa run-off election Peronist vote")
              .build());
    }
    for (long id = 20; id < 35; id++) {
      others.add(anArticle(id).title("Harvest report " + id).body("Wheat and maize").build());
    }
    add(others.toArray(SearchDocument[]::new));
    add(
        anArticle(1)
            .title("Argentina: Milei wins the presidential run-off")
            .body("Milei Massa run-off election Peronist vote")
            .build(),
        anArticle(2).title("Massa concedes").body("Massa concedes the election to Milei").build(),
        anArticle(3).title("Panama copper mine").body("Protests against the mine").build());
    assertThat(index.related(1, 3)).containsExactly(2L);
  }

  @Test
  void anyTextIsSafeToSearch() {
    add(anArticle(1).title("Strike \"in\" Peru").build());
    List<String> hostile =
        List.of(
            "\"unbalanced",
            "strike \"peru",
            "+-&&||!(){}[]^\"~*?:\\/",
            "strike AND (peru OR",
            "x".repeat(10_000),
            "strike " + "peru ".repeat(2_000),
            "strike\u0000\u0007\u001b[31m peru",
            "",
            "   ",
            "*",
            "-",
            "\"\"",
            "peru~",
            "\uD800 broken surrogate",
            "title_en:strike",
            "strike*");
    for (String text : hostile) {
      assertThatCode(() -> index.search(publicQuery(text))).as(text).doesNotThrowAnyException();
      assertThatCode(() -> index.search(deskQuery(text))).as(text).doesNotThrowAnyException();
      assertThatCode(() -> index.suggest(text, 5)).as(text).doesNotThrowAnyException();
    }
    assertThat(ids("strike \"peru")).containsExactly(1L);
    assertThat(ids("strike\u0000peru")).containsExactly(1L);
    assertThat(ids("strik*")).containsExactly(1L);
  }

  @Test
  void rebuildSwapsWithoutAMomentOfFailureAndKeepsWritesMadeMeanwhile() throws Exception {
    for (int i = 1; i <= 50; i++) {
      index.index(anArticle(i).title("Old strike " + i).build());
    }
    settle(index);
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicInteger searches = new AtomicInteger();
    List<Throwable> failures = new CopyOnWriteArrayList<>();
    List<Long> totals = new CopyOnWriteArrayList<>();
    Thread reader =
        Thread.ofPlatform()
            .start(
                () -> {
                  while (running.get()) {
                    try {
                      totals.add(index.search(publicQuery("strike")).total());
                      searches.incrementAndGet();
                    } catch (Throwable e) {
                      failures.add(e);
                    }
                  }
                });
    try (SearchIndex.Rebuild rebuild = index.rebuild()) {
      for (int i = 1; i <= 300; i++) {
        rebuild.add(anArticle(i).title("Strike report " + i).build());
        if (i == 100) {
          // Written while the rebuild runs: a newer version of one it will add, and a removal.
          index.index(anArticle(200).version(2).title("Strike, revised").build());
          index.index(anArticle(1000).title("Strike, brand new").build());
          index.remove(250);
          settle(index);
        }
      }
      // The current index serves meanwhile, with the new writes: 50 + 200 + 1000.
      assertThat(index.search(publicQuery("strike")).total()).isEqualTo(52);
      rebuild.commit();
    }
    settle(index);
    Thread.sleep(100);
    running.set(false);
    reader.join();
    assertThat(failures).isEmpty();
    assertThat(searches.get()).isPositive();
    assertThat(totals).allMatch(total -> total >= 50 && total <= 52 || total == 300);
    assertThat(index.search(publicQuery("strike")).total()).isEqualTo(300);
    assertThat(ids("revised")).containsExactly(200L);
    assertThat(ids("\"brand new\"")).containsExactly(1000L);
    assertThat(ids("old")).isEmpty();
    assertThat(index.indexedVersions()).containsEntry(200L, 2).doesNotContainKey(250L);
  }

  @Test
  void anAbandonedRebuildChangesNothing() {
    add(anArticle(1).title("Kept").build());
    try (SearchIndex.Rebuild rebuild = index.rebuild()) {
      rebuild.add(anArticle(2).title("Discarded").build());
    }
    settle(index);
    assertThat(ids("kept")).containsExactly(1L);
    assertThat(ids("discarded")).isEmpty();
    try (SearchIndex.Rebuild again = index.rebuild()) {
      again.add(anArticle(3).title("Second try").build());
      again.commit();
    }
    settle(index);
    assertThat(index.count()).isEqualTo(1);
    assertThat(ids("second")).containsExactly(3L);
  }

  @Test
  void theIndexSurvivesARestart() {
    add(anArticle(1).version(4).title("Durable").build());
    try (SearchIndex.Rebuild rebuild = index.rebuild()) {
      rebuild.add(anArticle(2).version(3).title("Rebuilt").build());
      rebuild.commit();
    }
    index.index(anArticle(5).version(1).title("After").build());
    index.close();
    index = open(folder);
    assertThat(index.indexedVersions()).isEqualTo(Map.of(2L, 3, 5L, 1));
  }

  @Test
  void indexedVersionsOfEveryDocument() {
    List<SearchDocument> documents = new ArrayList<>();
    documents.add(anArticle(1).version(3).build());
    documents.add(anArticle(2).version(1).status("draft").build());
    documents.add(anArticle(3).version(9).trashed().build());
    documents.forEach(index::index);
    index.index(anArticle(1).version(4).build());
    index.remove(3);
    settle(index);
    assertThat(index.indexedVersions()).isEqualTo(Map.of(1L, 4, 2L, 1));
    assertThat(index.count()).isEqualTo(2);
  }
}
