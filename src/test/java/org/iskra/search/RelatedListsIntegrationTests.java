package org.iskra.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.iskra.search.SearchIntegrationTests.eventually;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.iskra.article.Article;
import org.iskra.article.ArticleCatalogue;
import org.iskra.article.ArticlePublisher;
import org.iskra.article.ArticleStatus;
import org.iskra.article.ArticleView;
import org.iskra.article.Manuscript;
import org.iskra.article.RelatedArticles;
import org.iskra.article.Teaser;
import org.iskra.section.Sections;
import org.iskra.site.SiteClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Stored related lists on each store: found when the indexer indexes a published article and read
 * by its page, which leaves out articles withdrawn since; filled in by a rebuild and by the
 * catch-up; the same for one article as for a batch.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class RelatedListsIntegrationTests {

  static final Instant LONG_AGO = Instant.parse("2013-06-01T10:00:00Z");

  @LocalServerPort int port;
  @Autowired ArticlePublisher publisher;
  @Autowired ArticleCatalogue catalogue;
  @Autowired Sections sections;
  @Autowired SearchMaintenance maintenance;
  @Autowired RelatedLists lists;
  @Autowired RelatedArticles related;
  @Autowired SearchIndex index;
  @Autowired SearchIndexer indexer;
  @Autowired JdbcClient jdbc;

  SiteClient site;

  @BeforeEach
  void client() {
    site = new SiteClient(port);
  }

  Manuscript manuscript(String section, String title, String text) {
    return new Manuscript(
        "en",
        title,
        "",
        text,
        "<p>" + text + "</p>",
        sections.findBySlug(section).orElseThrow().id(),
        List.of(),
        List.of(),
        List.of(),
        null);
  }

  /**
   * Four articles in the Americas sharing words no other article has, then one more in the Middle
   * East, published last: its list is found once all five are indexed.
   */
  List<Article> aCluster(String word, String words) {
    String text = word + " " + words + " " + word + " " + words + " " + word;
    List<Article> cluster = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      cluster.add(
          publisher.create(
              manuscript("americas", word + " growers meet, part " + i, text + " part " + i),
              ArticleStatus.PUBLISHED,
              LONG_AGO.plusSeconds(i)));
    }
    cluster.add(
        publisher.create(
            manuscript("middle-east", "The " + word + " harvest reaches Suez", text),
            ArticleStatus.PUBLISHED,
            LONG_AGO));
    long last = cluster.getLast().id();
    eventually(() -> lists.find(last).isPresent());
    // A catch-up may have found them before their own events did: let those run too.
    eventually(() -> indexer.waiting() == 0);
    return cluster;
  }

  String title(long id) {
    return catalogue.find(id).orElseThrow().article().title();
  }

  List<String> relatedOnPage(Article article) {
    ArticleView view = catalogue.find(article.id()).orElseThrow();
    return site.get(view.path()).html().select("#related-title ~ ul .teaser__title a").eachText();
  }

  @Test
  void theIndexerStoresAPublishedArticlesListAndItsPageShowsItLessWithdrawnArticles() {
    List<Article> cluster = aCluster("Pemba", "clove cooperative drying yards");
    Article last = cluster.getLast();
    List<Long> stored = lists.find(last.id()).orElseThrow();
    assertThat(stored).hasSizeLessThanOrEqualTo(RelatedLists.LENGTH).doesNotContain(last.id());
    assertThat(stored.subList(0, 4))
        .containsExactlyInAnyOrderElementsOf(
            cluster.subList(0, 4).stream().map(Article::id).toList());

    assertThat(relatedOnPage(last))
        .containsExactly(title(stored.get(0)), title(stored.get(1)), title(stored.get(2)));

    Article withdrawn = catalogue.find(stored.get(0)).orElseThrow().article();
    publisher.revise(
        withdrawn.id(),
        manuscript("americas", withdrawn.title(), withdrawn.standfirst()),
        ArticleStatus.UNPUBLISHED,
        null);
    assertThat(relatedOnPage(last))
        .containsExactly(title(stored.get(1)), title(stored.get(2)), title(stored.get(3)));
    // The withdrawn article's own list goes once the indexer has it; the others keep theirs.
    eventually(() -> lists.find(withdrawn.id()).isEmpty());
    assertThat(lists.find(last.id())).contains(stored);
  }

  @Test
  void aPageReadsTheStoredListNotTheIndex() {
    List<Article> cluster = aCluster("Wete", "cassava millers sacks lorries");
    Article elsewhere =
        publisher.create(
            manuscript("americas", "Copper prices in Lima", "Nothing like the others."),
            ArticleStatus.PUBLISHED,
            LONG_AGO);
    lists.save(
        cluster.getLast().id(),
        List.of(elsewhere.id(), cluster.get(3).id(), cluster.get(0).id()),
        Instant.now());

    assertThat(relatedOnPage(cluster.getLast()))
        .containsExactly(
            "Copper prices in Lima", title(cluster.get(3).id()), title(cluster.get(0).id()));
  }

  @Test
  void aRebuildFindsEveryPublishedArticlesListAgain() {
    List<Article> cluster = aCluster("Unguja", "seaweed farmers tides ropes");
    Article draft =
        publisher.create(
            manuscript("americas", "Unguja draft", "Unguja seaweed farmers notes"),
            ArticleStatus.DRAFT,
            null);
    jdbc.sql("DELETE FROM related_articles").update();

    maintenance.rebuild();

    assertThat(lists.listPublishedWithout(0, 10)).isEmpty();
    assertThat(lists.find(draft.id())).isEmpty();
    // Now that all five are indexed, the first one's list holds the other four.
    assertThat(lists.find(cluster.getFirst().id()).orElseThrow().subList(0, 4))
        .containsExactlyInAnyOrderElementsOf(
            cluster.subList(1, 5).stream().map(Article::id).toList());
  }

  @Test
  void theCatchUpFillsInAMissingList() {
    Article last = aCluster("Mkoani", "dhow builders mangrove timber").getLast();
    List<Long> stored = lists.find(last.id()).orElseThrow();
    jdbc.sql("DELETE FROM related_articles WHERE article_id = ?").param(last.id()).update();
    assertThat(lists.listPublishedWithout(last.id() - 1, 1)).containsExactly(last.id());

    SearchMaintenance.CaughtUp caughtUp = maintenance.catchUp();

    assertThat(caughtUp.listed()).isGreaterThanOrEqualTo(1);
    assertThat(lists.find(last.id())).contains(stored);
  }

  @Test
  void aStoppedCompilerLeavesListsAsTheyWereAndTheCatchUpFillsThemLater() {
    Article last = aCluster("Wete", "clove harvest drying racks").getLast();
    List<Long> stored = lists.find(last.id()).orElseThrow();
    jdbc.sql("DELETE FROM related_articles WHERE article_id = ?").param(last.id()).update();
    // A compiler of its own: stopping is for good, and the context's serves the other tests.
    RelatedListCompiler stopped = new RelatedListCompiler(index, lists, Clock.systemUTC());
    stopped.stop();

    assertThatThrownBy(() -> stopped.compileAll(List.of(last.id())))
        .isInstanceOf(MaintenanceStopped.class)
        .hasMessageContaining("0 were found again");
    assertThatThrownBy(() -> stopped.fill(false)).isInstanceOf(MaintenanceStopped.class);
    assertThat(lists.find(last.id())).isEmpty();

    maintenance.catchUp();
    assertThat(lists.find(last.id())).contains(stored);
  }

  @Test
  void aListIsFixedWhenItsArticleIsIndexedUnlessItWasShort() {
    String text = "Kojani lobster divers reef permits";
    Article first =
        publisher.create(
            manuscript("americas", "Kojani divers", text), ArticleStatus.PUBLISHED, LONG_AGO);
    eventually(() -> lists.find(first.id()).isPresent() && indexer.waiting() == 0);
    assertThat(lists.find(first.id())).contains(List.of());

    Article second =
        publisher.create(
            manuscript("americas", "Kojani divers again", text), ArticleStatus.PUBLISHED, LONG_AGO);
    eventually(() -> lists.find(second.id()).isPresent() && indexer.waiting() == 0);
    assertThat(lists.find(second.id()).orElseThrow()).startsWith(first.id());
    // Publishing does not touch the first article's list...
    assertThat(lists.find(first.id())).contains(List.of());

    // ...but it was short, found while nothing was alike, and the catch-up finds it again.
    assertThat(maintenance.catchUp().listed()).isGreaterThanOrEqualTo(1);
    assertThat(lists.find(first.id()).orElseThrow()).startsWith(second.id());
  }

  @Test
  void oneArticleAndABatchGetTheSameLists() {
    List<Article> cluster = aCluster("Chake", "ferry schedule monsoon harbour");
    Article withoutList = cluster.get(1);
    jdbc.sql("DELETE FROM related_articles WHERE article_id = ?").param(withoutList.id()).update();
    Article withdrawn = cluster.get(2);
    publisher.revise(
        withdrawn.id(),
        manuscript("americas", withdrawn.title(), withdrawn.standfirst()),
        ArticleStatus.UNPUBLISHED,
        null);
    // Once the index has the withdrawal, more-like-this (for the article without a list) gives
    // the same answer to both calls.
    eventually(() -> lists.find(withdrawn.id()).isEmpty());
    index.refreshNow();
    List<Article> published =
        catalogue.listAfter(0, 1000).stream()
            .map(ArticleView::article)
            .filter(Article::isPublished)
            .toList();
    assertThat(published).extracting(Article::id).contains(withoutList.id());

    for (int limit : List.of(1, 3, 6, RelatedLists.LENGTH)) {
      Map<Long, List<Teaser>> batch = related.relatedTo(published, limit);
      assertThat(batch.keySet())
          .containsExactlyElementsOf(published.stream().map(Article::id).toList());
      for (Article article : published) {
        assertThat(batch.get(article.id()))
            .as("article %d, limit %d", article.id(), limit)
            .isEqualTo(related.relatedTo(article, limit));
      }
    }
    assertThat(related.relatedTo(cluster.getLast(), 6))
        .isNotEmpty()
        .extracting(Teaser::id)
        .doesNotContain(withdrawn.id());
  }
}
