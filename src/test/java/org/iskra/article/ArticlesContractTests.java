package org.iskra.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.iskra.store.TestDatabases.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What every {@link Articles} store must do; run against SQLite and PostgreSQL by the subclasses.
 */
abstract class ArticlesContractTests {

  static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");

  JdbcClient jdbc;
  Articles articles;
  long news;
  long culture;
  long alice;
  long bob;
  long history;

  abstract TestDatabase database();

  @BeforeEach
  void freshStore() {
    TestDatabase database = database();
    jdbc = database.jdbc();
    articles = new JdbcArticles(jdbc);
    news =
        insert(
            "INSERT INTO sections (slug, name, position) VALUES ('news', 'News', 0) RETURNING id");
    culture =
        insert(
            "INSERT INTO sections (slug, name, position) VALUES ('culture', 'Culture', 1) RETURNING id");
    alice = insert("INSERT INTO authors (slug, name) VALUES ('alice', 'Alice') RETURNING id");
    bob = insert("INSERT INTO authors (slug, name) VALUES ('bob', 'Bob') RETURNING id");
    history = insert("INSERT INTO tags (slug, name) VALUES ('history', 'History') RETURNING id");
  }

  long insert(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }

  Manuscript manuscript(
      String title, long section, List<Long> authors, List<Long> tags, List<String> countries) {
    return new Manuscript(
        "en",
        title,
        "",
        "",
        "<p>" + title + ". More.</p>",
        section,
        authors,
        tags,
        countries,
        null);
  }

  Article published(String slug, long section, Instant when) {
    return stored(slug, section, ArticleStatus.PUBLISHED, when);
  }

  Article draft(String slug, long section) {
    return stored(slug, section, ArticleStatus.DRAFT, null);
  }

  private Article stored(String slug, long section, ArticleStatus status, Instant publishedAt) {
    return articles.insert(
        manuscript(slug, section, List.of(), List.of(), List.of()),
        slug,
        status,
        publishedAt,
        NOW,
        null);
  }

  @Test
  void storesAnArticleWithItsBylineTagsAndCountriesInOrder() {
    Article stored =
        articles.insert(
            manuscript("Title", news, List.of(bob, alice), List.of(history), List.of("PE", "BO")),
            "title",
            ArticleStatus.DRAFT,
            null,
            NOW,
            null);

    Article found = articles.findBySlug("en", "title").orElseThrow();
    assertThat(found).isEqualTo(stored);
    assertThat(found.uid()).hasSize(36).isEqualTo(found.translationGroup());
    assertThat(found.authorIds()).containsExactly(bob, alice);
    assertThat(found.tagIds()).containsExactly(history);
    assertThat(found.countryCodes()).containsExactly("PE", "BO");
    assertThat(found.status()).isEqualTo(ArticleStatus.DRAFT);
    assertThat(found.publishedAt()).isNull();
    assertThat(found.createdAt()).isEqualTo(NOW);
    assertThat(found.version()).isEqualTo(1);
    assertThat(articles.findBySlug("es", "title")).isEmpty();
    assertThat(articles.count()).isEqualTo(1);
  }

  @Test
  void theArticlesShowingAnImageAreFoundByFeaturedImageAndByTheFilesInTheirBody() {
    String key = "strike_photo_0001";
    Article featured =
        articles.insert(
            new Manuscript(
                "en",
                "Featured",
                "",
                "",
                "<p>Text.</p>",
                news,
                List.of(),
                List.of(),
                List.of(),
                key),
            "featured",
            ArticleStatus.PUBLISHED,
            NOW,
            NOW,
            null);
    Article inBody =
        articles.insert(
            new Manuscript(
                "en",
                "In the body",
                "",
                "",
                "<p><img src=\"/media/" + key + "/600.jpg\" alt=\"A\"></p>",
                news,
                List.of(),
                List.of(),
                List.of(),
                null),
            "in-body",
            ArticleStatus.DRAFT,
            null,
            NOW,
            null);
    // "_" is a wildcard of LIKE: a key that differs only there is another image.
    articles.insert(
        new Manuscript(
            "en",
            "Lookalike",
            "",
            "",
            "<p><img src=\"/media/strikeXphoto_0001/600.jpg\" alt=\"B\"></p>",
            news,
            List.of(),
            List.of(),
            List.of(),
            null),
        "lookalike",
        ArticleStatus.PUBLISHED,
        NOW,
        NOW,
        null);
    published("unrelated", news, NOW);

    assertThat(articles.listShowingMedia(key, 10))
        .extracting(Article::id)
        .containsExactlyInAnyOrder(featured.id(), inBody.id());
    assertThat(articles.listShowingMedia(key, 1)).hasSize(1);
    assertThat(articles.listShowingMedia("no_such_image_0001", 10)).isEmpty();
  }

  @Test
  void aChangedSlugIsKeptInTheHistoryAndCanBeTakenBack() {
    Article article = published("old-slug", news, NOW);
    Instant later = NOW.plusSeconds(60);

    Article renamed =
        articles
            .update(
                article.id(),
                1,
                manuscript("New", culture, List.of(alice), List.of(), List.of()),
                "new-slug",
                ArticleStatus.PUBLISHED,
                NOW,
                later)
            .orElseThrow();

    assertThat(renamed.slug()).isEqualTo("new-slug");
    assertThat(renamed.version()).isEqualTo(2);
    assertThat(renamed.updatedAt()).isEqualTo(later);
    assertThat(renamed.sectionId()).isEqualTo(culture);
    assertThat(renamed.uid()).isEqualTo(article.uid());
    assertThat(articles.findIdByFormerSlug("en", "old-slug")).contains(article.id());
    assertThat(articles.isSlugTaken("en", "old-slug", article.id())).isFalse();
    assertThat(articles.isSlugTaken("en", "old-slug", 0)).isTrue();
    assertThat(articles.isSlugTaken("en", "new-slug", 0)).isTrue();
    assertThat(articles.isSlugTaken("fr", "new-slug", 0)).isFalse();

    articles.update(
        article.id(),
        2,
        manuscript("Old", news, List.of(), List.of(), List.of()),
        "old-slug",
        ArticleStatus.PUBLISHED,
        NOW,
        later);
    assertThat(articles.findIdByFormerSlug("en", "old-slug")).isEmpty();
    assertThat(articles.findIdByFormerSlug("en", "new-slug")).contains(article.id());
  }

  @Test
  void listsOnlyPublishedArticlesNewestFirstWithTheirTeasers() {
    published("oldest", news, NOW.minusSeconds(300));
    published("newest", news, NOW);
    published("middle", culture, NOW.minusSeconds(100));
    draft("draft", news);
    articles.insert(
        manuscript("withdrawn", news, List.of(), List.of(), List.of()),
        "withdrawn",
        ArticleStatus.UNPUBLISHED,
        NOW,
        NOW,
        null);

    List<ListedArticle> all = articles.listPublished(Listing.everything(), 0, 10);
    assertThat(all).extracting(ListedArticle::slug).containsExactly("newest", "middle", "oldest");
    assertThat(all.getFirst().teaser()).isEqualTo("newest. More.");
    assertThat(articles.countPublished(Listing.everything())).isEqualTo(3);
    assertThat(articles.listPublished(Listing.everything(), 1, 1))
        .extracting(ListedArticle::slug)
        .containsExactly("middle");
    assertThat(articles.listPublished(Listing.inSection(news), 0, 10))
        .extracting(ListedArticle::slug)
        .containsExactly("newest", "oldest");
    assertThat(articles.listPublished(Listing.everything(), 10, 10)).isEmpty();
  }

  @Test
  void aListedTeaserFollowsAnEditedBody() {
    Article article = published("edited", news, NOW);
    assertThat(articles.listPublished(Listing.everything(), 0, 1).getFirst().teaser())
        .isEqualTo("edited. More.");
    articles.update(
        article.id(),
        article.version(),
        new Manuscript(
            "en",
            "edited",
            "",
            "",
            "<p>A new opening.</p>",
            news,
            List.of(),
            List.of(),
            List.of(),
            null),
        "edited",
        ArticleStatus.PUBLISHED,
        NOW,
        NOW);
    // Kept by version: the edit's new version finds the new body's teaser, not the old one.
    assertThat(articles.listPublished(Listing.everything(), 0, 1).getFirst().teaser())
        .isEqualTo("A new opening.");
    assertThat(articles.listPublishedByIds(List.of(article.id())).getFirst().teaser())
        .isEqualTo("A new opening.");
  }

  @Test
  void aListingsIdsComeInTheOrderOfItsPages() {
    // Ties on the same instant too: the order is by time, then by id.
    for (int i = 0; i < 7; i++) {
      published("same-time-" + i, news, NOW.minusSeconds(60));
      published("own-time-" + i, i % 2 == 0 ? news : culture, NOW.minusSeconds(i * 10L));
      articles.insert(
          manuscript("tagged-" + i, culture, List.of(), List.of(history), List.of()),
          "tagged-" + i,
          ArticleStatus.PUBLISHED,
          NOW.minusSeconds(i % 3 * 60L),
          NOW,
          null);
    }
    draft("draft", news);
    for (Listing listing :
        List.of(Listing.everything(), Listing.inSection(news), Listing.taggedWith(history))) {
      List<Long> paged = new java.util.ArrayList<>();
      for (int offset = 0; offset < 100; offset += 3) {
        articles.listPublished(listing, offset, 3).forEach(row -> paged.add(row.id()));
      }
      assertThat(articles.listPublishedIds(listing)).isEqualTo(paged).hasSizeGreaterThan(6);
    }
  }

  @Test
  void filtersByAuthorTagCountryAndPeriodAndCarriesBylines() {
    articles.insert(
        manuscript("a", news, List.of(alice, bob), List.of(history), List.of("AR")),
        "a",
        ArticleStatus.PUBLISHED,
        NOW.minusSeconds(10),
        NOW,
        null);
    articles.insert(
        manuscript("b", news, List.of(bob), List.of(), List.of("AR", "BR")),
        "b",
        ArticleStatus.PUBLISHED,
        NOW,
        NOW,
        null);

    assertThat(articles.listPublished(Listing.byAuthor(alice), 0, 10))
        .extracting(ListedArticle::slug)
        .containsExactly("a");
    assertThat(articles.listPublished(Listing.byAuthor(bob), 0, 10))
        .extracting(ListedArticle::slug)
        .containsExactly("b", "a");
    assertThat(articles.listPublished(Listing.taggedWith(history), 0, 10))
        .extracting(ListedArticle::slug)
        .containsExactly("a");
    assertThat(articles.countPublished(Listing.aboutCountry("AR"))).isEqualTo(2);
    assertThat(articles.countPublished(Listing.aboutCountry("BR"))).isEqualTo(1);
    assertThat(articles.listPublished(Listing.publishedBetween(NOW.minusSeconds(10), NOW), 0, 10))
        .extracting(ListedArticle::slug)
        .containsExactly("a");

    ListedArticle a = articles.listPublished(Listing.taggedWith(history), 0, 10).getFirst();
    assertThat(a.authorIds()).containsExactly(alice, bob);
    assertThat(a.countryCodes()).containsExactly("AR");
    assertThat(articles.countPublishedPerCountry())
        .containsExactly(java.util.Map.entry("AR", 2L), java.util.Map.entry("BR", 1L));
  }

  @Test
  void countsPublishedArticlesPerPeriod() {
    published("one", news, Instant.parse("2023-10-31T23:59:59Z"));
    published("two", news, Instant.parse("2023-11-01T00:00:00Z"));
    published("three", news, Instant.parse("2023-11-30T10:00:00Z"));

    List<Instant> boundaries =
        List.of(
            Instant.parse("2023-10-01T00:00:00Z"),
            Instant.parse("2023-11-01T00:00:00Z"),
            Instant.parse("2023-12-01T00:00:00Z"),
            Instant.parse("2024-01-01T00:00:00Z"));
    assertThat(articles.countPublishedPerPeriod(boundaries)).containsExactly(1L, 2L, 0L);
    assertThat(articles.publishedSpan())
        .contains(
            new PublishedSpan(
                Instant.parse("2023-10-31T23:59:59Z"), Instant.parse("2023-11-30T10:00:00Z")));
  }

  @Test
  void anEmptyStoreHasNoSpanAndNoPeriods() {
    assertThat(articles.publishedSpan()).isEmpty();
    assertThat(articles.countPublishedPerPeriod(List.of(NOW))).isEmpty();
    assertThat(articles.listPublished(Listing.everything(), 0, 20)).isEmpty();
    assertThat(articles.listLastChangePerPage(10)).isEmpty();
  }

  @Test
  void aSaveAgainstAStaleVersionChangesNothing() {
    Article article = published("contested", news, NOW);
    Manuscript mine = manuscript("Mine", news, List.of(), List.of(), List.of());

    assertThat(
            articles.update(article.id(), 1, mine, "contested", ArticleStatus.PUBLISHED, NOW, NOW))
        .isPresent();
    assertThat(articles.update(article.id(), 1, mine, "contested", ArticleStatus.DRAFT, NOW, NOW))
        .as("second save from version 1")
        .isEmpty();
    assertThat(articles.changeState(article.id(), 1, ArticleStatus.UNPUBLISHED, NOW, null, NOW))
        .isEmpty();

    Article stored = articles.findById(article.id()).orElseThrow();
    assertThat(stored.version()).isEqualTo(2);
    assertThat(stored.status()).isEqualTo(ArticleStatus.PUBLISHED);
  }

  @Test
  void dueScheduledArticlesAreListedAndFlippedOnce() {
    Article due =
        articles.insert(
            manuscript("due", news, List.of(), List.of(), List.of()),
            "due",
            ArticleStatus.SCHEDULED,
            NOW.minusSeconds(1),
            NOW,
            null);
    articles.insert(
        manuscript("later", news, List.of(), List.of(), List.of()),
        "later",
        ArticleStatus.SCHEDULED,
        NOW.plusSeconds(60),
        NOW,
        null);

    assertThat(articles.listDue(NOW, 10)).containsExactly(new Articles.DueArticle(due.id(), 1));
    assertThat(
            articles.changeState(
                due.id(), 1, ArticleStatus.PUBLISHED, due.publishedAt(), null, NOW))
        .isPresent();
    assertThat(
            articles.changeState(
                due.id(), 1, ArticleStatus.PUBLISHED, due.publishedAt(), null, NOW))
        .as("the same flip a second time")
        .isEmpty();
    assertThat(articles.listDue(NOW, 10)).isEmpty();
  }

  @Test
  void revisionsKeepEverySaveWholeAndAutosavesReplaceEachOther() {
    ArticleRevisions revisions = new JdbcArticleRevisions(jdbc);
    Article first =
        articles.insert(
            manuscript("First", news, List.of(alice, bob), List.of(history), List.of("PE")),
            "first",
            ArticleStatus.DRAFT,
            null,
            NOW,
            null);
    revisions.append(first, RevisionKind.CREATED, "ana@example.org", NOW);
    Article second =
        articles
            .update(
                first.id(),
                1,
                manuscript("Second", culture, List.of(bob), List.of(), List.of()),
                "first",
                ArticleStatus.DRAFT,
                null,
                NOW.plusSeconds(1))
            .orElseThrow();
    revisions.append(second, RevisionKind.AUTOSAVED, "ana@example.org", NOW.plusSeconds(1));
    Article third =
        articles
            .update(
                first.id(),
                2,
                manuscript("Third", culture, List.of(bob), List.of(), List.of()),
                "first",
                ArticleStatus.DRAFT,
                null,
                NOW.plusSeconds(2))
            .orElseThrow();
    revisions.dropAutosave(first.id(), 2, "ana@example.org");
    revisions.append(third, RevisionKind.AUTOSAVED, "ana@example.org", NOW.plusSeconds(2));

    assertThat(revisions.list(first.id()))
        .extracting(ArticleRevision::version)
        .containsExactly(3, 1);
    ArticleRevision original = revisions.find(first.id(), 1).orElseThrow();
    assertThat(original.manuscript().title()).isEqualTo("First");
    assertThat(original.manuscript().authorIds()).containsExactly(alice, bob);
    assertThat(original.manuscript().tagIds()).containsExactly(history);
    assertThat(original.manuscript().countryCodes()).containsExactly("PE");
    assertThat(original.savedBy()).isEqualTo("ana@example.org");
    assertThat(original.kind()).isEqualTo(RevisionKind.CREATED);

    revisions.dropAutosave(first.id(), 1, "ana@example.org");
    assertThat(revisions.find(first.id(), 1)).as("not an autosave: kept").isPresent();
  }

  @Test
  void theDeskListFiltersByStateSectionAuthorLanguageAndWords() {
    DeskArticles desk = new JdbcDeskArticles(jdbc);
    published("alpha", news, NOW);
    Article drafted =
        articles.insert(
            manuscript("Beta 100% sure", culture, List.of(alice), List.of(), List.of()),
            "beta",
            ArticleStatus.DRAFT,
            null,
            NOW.plusSeconds(5),
            null);
    Article binned =
        articles.insert(
            manuscript("Gamma", news, List.of(), List.of(), List.of()),
            "gamma",
            ArticleStatus.DRAFT,
            null,
            NOW,
            null);
    articles.changeState(binned.id(), 1, ArticleStatus.DRAFT, null, NOW, NOW.plusSeconds(9));

    assertThat(desk.list(new DeskFilter("", 0, 0, "", ""), 0, 10))
        .extracting(DeskArticles.Row::title)
        .containsExactly("Beta 100% sure", "alpha");
    assertThat(desk.list(new DeskFilter("trashed", 0, 0, "", ""), 0, 10))
        .extracting(DeskArticles.Row::title)
        .containsExactly("Gamma");
    assertThat(desk.list(new DeskFilter("draft", culture, alice, "en", "100%"), 0, 10))
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.id()).isEqualTo(drafted.id());
              assertThat(row.authorIds()).containsExactly(alice);
            });
    assertThat(desk.count(new DeskFilter("", 0, 0, "", "0% s"))).isEqualTo(1);
    assertThat(desk.count(new DeskFilter("", 0, 0, "", "%"))).isEqualTo(1);
    assertThat(desk.count(new DeskFilter("", 0, 0, "es", ""))).isZero();
    assertThat(desk.countPerState(new DeskFilter("draft", 0, 0, "", "")))
        .containsEntry("draft", 1L)
        .containsEntry("published", 1L)
        .containsEntry("trashed", 1L);
  }

  @Test
  void feedsSitemapsAndTranslationsReadPublishedArticlesOnly() {
    Instant day = Instant.parse("2024-01-01T00:00:00Z");
    Article older =
        articles.insert(
            manuscript("Older", news, List.of(bob, alice), List.of(history), List.of("PE")),
            "older",
            ArticleStatus.PUBLISHED,
            day,
            NOW,
            null);
    Article newer = published("newer", culture, day.plusSeconds(3600));
    articles.insert(
        manuscript("Draft", news, List.of(bob), List.of(history), List.of()),
        "draft",
        ArticleStatus.DRAFT,
        null,
        NOW,
        null);

    List<Article> full = articles.listPublishedInFull(Listing.everything(), 10);
    assertThat(full).extracting(Article::slug).containsExactly("newer", "older");
    assertThat(full.get(1).body()).isEqualTo(older.body());
    assertThat(full.get(1).authorIds()).containsExactly(bob, alice);
    assertThat(full.get(1).tagIds()).containsExactly(history);
    assertThat(full.get(1).countryCodes()).containsExactly("PE");
    assertThat(articles.listPublishedInFull(Listing.inSection(news), 1))
        .extracting(Article::slug)
        .containsExactly("older");

    assertThat(articles.listPublishedLocations(Listing.everything(), 0, 10))
        .extracting(Articles.LocatedArticle::slug)
        .containsExactly("older", "newer");
    assertThat(articles.listPublishedLocations(Listing.everything(), 1, 10))
        .extracting(Articles.LocatedArticle::slug)
        .containsExactly("newer");
    assertThat(articles.listLastChangePerPage(1)).containsExactly(NOW, NOW);
    assertThat(articles.listLastChangePerPage(5)).containsExactly(NOW);
    assertThat(articles.listAuthorIdsWithPublished()).containsExactlyInAnyOrder(alice, bob);
    assertThat(articles.listTagIdsWithPublished()).containsExactly(history);

    assertThat(articles.listTranslations(older)).isEmpty();
    jdbc.sql("UPDATE articles SET translation_group = ? WHERE id = ?")
        .params(older.translationGroup(), newer.id())
        .update();
    assertThat(articles.listTranslations(older))
        .extracting(Article::id)
        .containsExactly(newer.id());
  }

  @Test
  void publishedArticlesAndTheirTranslationsAreReadInBatches() {
    Instant day = Instant.parse("2024-01-01T00:00:00Z");
    Article first =
        articles.insert(
            manuscript("First", news, List.of(bob, alice), List.of(history), List.of("PE")),
            "first",
            ArticleStatus.PUBLISHED,
            day,
            NOW,
            null);
    Article draft =
        articles.insert(
            manuscript("Draft", news, List.of(), List.of(), List.of()),
            "draft",
            ArticleStatus.DRAFT,
            null,
            NOW,
            null);
    Article second = published("second", culture, day);
    Article third = published("third", culture, day);
    Article alone = published("alone", news, day);
    for (Article member : List.of(second, third, draft)) {
      jdbc.sql("UPDATE articles SET translation_group = ? WHERE id = ?")
          .params(first.translationGroup(), member.id())
          .update();
    }

    assertThat(articles.listPublishedIds())
        .containsExactly(first.id(), second.id(), third.id(), alone.id());
    List<Article> range = articles.listPublishedInIdRange(first.id() - 1, third.id());
    assertThat(range).extracting(Article::slug).containsExactly("first", "second", "third");
    assertThat(range.getFirst().authorIds()).containsExactly(bob, alice);
    assertThat(range.getFirst().tagIds()).containsExactly(history);
    assertThat(range.getFirst().countryCodes()).containsExactly("PE");
    assertThat(articles.listPublishedInIdRange(first.id(), second.id()))
        .extracting(Article::slug)
        .containsExactly("second");

    List<Article> batch =
        List.of(
            articles.findById(first.id()).orElseThrow(),
            articles.findById(third.id()).orElseThrow(),
            alone);
    var translations = articles.listTranslations(batch);
    assertThat(translations).containsOnlyKeys(first.id(), third.id());
    for (Article article : batch.subList(0, 2)) {
      assertThat(translations.get(article.id()))
          .as(article.slug())
          .extracting(Article::id)
          .containsExactlyElementsOf(
              articles.listTranslations(article).stream().map(Article::id).toList());
    }
    assertThat(translations.get(first.id()))
        .extracting(Article::id)
        .containsExactly(second.id(), third.id());
    assertThat(articles.listTranslations(List.of())).isEmpty();
  }
}
