package org.iskra.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.iskra.store.TestDatabases.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What every {@link RelatedLists} store must do; run against SQLite and PostgreSQL by the
 * subclasses.
 */
abstract class RelatedListsContractTests {

  static final Instant NOW = Instant.parse("2026-11-27T03:00:00Z");

  JdbcClient jdbc;
  RelatedLists lists;
  long section;

  abstract TestDatabase database();

  @BeforeEach
  void freshStore() {
    jdbc = database().jdbc();
    lists = new JdbcRelatedLists(jdbc);
    section =
        jdbc.sql("INSERT INTO sections (slug, name) VALUES ('news', 'News') RETURNING id")
            .query(Long.class)
            .single();
  }

  long article(String status) {
    String uid = java.util.UUID.randomUUID().toString();
    return jdbc.sql(
            """
            INSERT INTO articles (uid, language, slug, title, status, section_id,
                                  translation_group, created_at, updated_at)
            VALUES (?, 'en', ?, 'A title', ?, ?, ?, 0, 0) RETURNING id
            """)
        .params(uid, uid, status, section, uid)
        .query(Long.class)
        .single();
  }

  @Test
  void storesReplacesAndReadsOneListBestFirst() {
    long article = article("published");
    assertThat(lists.find(article)).isEmpty();

    lists.save(article, List.of(9L, 3L, 12_345_678_901L), NOW);
    assertThat(lists.find(article)).contains(List.of(9L, 3L, 12_345_678_901L));

    lists.save(article, List.of(4L), NOW.plusSeconds(1));
    assertThat(lists.find(article)).contains(List.of(4L));
    assertThat(
            jdbc.sql("SELECT computed_at FROM related_articles WHERE article_id = ?")
                .param(article)
                .query(Long.class)
                .single())
        .isEqualTo(NOW.plusSeconds(1).toEpochMilli());
  }

  @Test
  void anEmptyListIsAListNothingAlike() {
    long article = article("published");
    lists.save(article, List.of(), NOW);
    assertThat(lists.find(article)).contains(List.of());
    assertThat(lists.listPublishedWithout(0, 10)).doesNotContain(article);
  }

  @Test
  void readsManyListsInOneGoLeavingOutArticlesWithout() {
    long first = article("published");
    long second = article("published");
    long without = article("published");
    Map<Long, List<Long>> saved = new LinkedHashMap<>();
    saved.put(first, List.of(second, without));
    saved.put(second, List.of(first));
    lists.saveAll(saved, NOW);

    assertThat(lists.findAll(List.of(first, second, without, 999_999L)))
        .containsExactlyInAnyOrderEntriesOf(saved);
    assertThat(lists.findAll(List.of())).isEmpty();
  }

  @Test
  void savesAndReadsBatchesLargerThanOneStatement() {
    Map<Long, List<Long>> saved = new LinkedHashMap<>();
    for (int i = 0; i < 520; i++) {
      long id = article("published");
      saved.put(id, List.of(id + 1, id + 2));
    }
    lists.saveAll(saved, NOW);
    assertThat(lists.findAll(saved.keySet())).containsExactlyInAnyOrderEntriesOf(saved);
  }

  @Test
  void aListForAnArticleDeletedMeanwhileIsNotKept() {
    long kept = article("published");
    long deleted = article("published");
    jdbc.sql("DELETE FROM articles WHERE id = ?").param(deleted).update();

    lists.save(deleted, List.of(kept), NOW);
    Map<Long, List<Long>> both = new LinkedHashMap<>();
    both.put(kept, List.of(7L));
    both.put(deleted, List.of(kept));
    lists.saveAll(both, NOW);

    assertThat(lists.findAll(List.of(kept, deleted))).containsOnlyKeys(kept);
  }

  @Test
  void listsPublishedArticlesWithoutAListByIdInBatches() {
    long first = article("published");
    long draft = article("draft");
    long listed = article("published");
    long second = article("published");
    long withdrawn = article("unpublished");
    long third = article("published");
    lists.save(listed, List.of(first), NOW);

    assertThat(lists.listPublishedWithout(0, 2)).containsExactly(first, second);
    assertThat(lists.listPublishedWithout(second, 2)).containsExactly(third);
    assertThat(lists.listPublishedWithout(third, 2)).isEmpty();
    assertThat(List.of(draft, withdrawn))
        .doesNotContainAnyElementsOf(lists.listPublishedWithout(0, 10));
  }

  @Test
  void listsPublishedArticlesWhoseListIsShortOrMissing() {
    long missing = article("published");
    long empty = article("published");
    long one = article("published");
    long nine = article("published");
    long full = article("published");
    long shortDraft = article("draft");
    lists.save(empty, List.of(), NOW);
    lists.save(one, List.of(full), NOW);
    lists.save(nine, List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L), NOW);
    lists.save(full, List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L), NOW);
    lists.save(shortDraft, List.of(), NOW);

    assertThat(lists.listPublishedShorterThan(10, 0, 10))
        .containsExactly(missing, empty, one, nine);
    assertThat(lists.listPublishedShorterThan(10, one, 10)).containsExactly(nine);
    assertThat(lists.listPublishedShorterThan(1, 0, 10)).containsExactly(missing, empty);
    assertThat(lists.listPublishedShorterThan(0, 0, 10)).containsExactly(missing);
  }

  @Test
  void aListGoesWithItsArticleOrWhenRemoved() {
    long deleted = article("published");
    long withdrawn = article("published");
    lists.save(deleted, List.of(withdrawn), NOW);
    lists.save(withdrawn, List.of(deleted), NOW);

    jdbc.sql("DELETE FROM articles WHERE id = ?").param(deleted).update();
    lists.remove(withdrawn);
    lists.remove(123_456L);

    assertThat(jdbc.sql("SELECT COUNT(*) FROM related_articles").query(Long.class).single())
        .isZero();
  }
}
