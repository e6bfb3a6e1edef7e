package org.iskra.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class PageCacheTests {

  final PageCache cache =
      new PageCache(
          new CacheSettings(true, DataSize.ofMegabytes(1), Duration.ofMinutes(10), Duration.ZERO));

  static CachedPage page(String body, String... tags) {
    return CachedPage.of(
        body.getBytes(StandardCharsets.UTF_8), List.of(), Set.of(tags), Instant.EPOCH);
  }

  @Test
  void aPurgeDropsExactlyThePagesCarryingItsTags() {
    cache.store("/americas", page("a", "listing:/americas", "article:1"), cache.generation());
    cache.store("/middle-east", page("m", "listing:/middle-east", "article:2"), cache.generation());
    cache.store("/", page("f", "listing:/", "article:1", "article:2"), cache.generation());

    cache.purge(Set.of("article:1"));

    assertThat(cache.stats().hitCount()).isZero();
    assertThat(cache.find("/americas")).isNull();
    assertThat(cache.find("/")).isNull();
    assertThat(cache.find("/middle-east")).isNotNull();
    assertThat(cache.stats().hitCount()).isEqualTo(1);
  }

  @Test
  void aPageDrawnWhileAPurgeHappenedIsNotStored() {
    long before = cache.generation();
    cache.purge(Set.of("article:1"));
    assertThat(cache.store("/americas", page("old", "listing:/americas"), before)).isFalse();
    assertThat(cache.find("/americas")).isNull();
  }

  @Test
  void aReplacedPageStaysPurgeable() {
    cache.store("/americas", page("one", "listing:/americas"), cache.generation());
    cache.store("/americas", page("two", "listing:/americas"), cache.generation());
    cache.purge(Set.of("listing:/americas"));
    assertThat(cache.find("/americas")).isNull();
  }

  @Test
  void memoryIsBounded() {
    String body = "x".repeat(1000);
    for (int i = 0; i < 5000; i++) {
      // Different bodies so that gzip cannot make them tiny.
      cache.store("/p" + i, page(body + i + Math.random(), "article:" + i), cache.generation());
    }
    assertThat(cache.size()).isLessThan(5000);
  }

  @Test
  void storedBodiesAreGzippedAndComeBackWhole() {
    CachedPage page = page("<p>" + "word ".repeat(500) + "</p>", "article:1");
    assertThat(page.gzipped().length).isLessThan(page.length() / 10);
    assertThat(new String(page.body(), StandardCharsets.UTF_8)).startsWith("<p>word word");
    assertThat(page.etag(false)).matches("\"[0-9a-f]{32}\"");
    assertThat(page.etag(true))
        .isEqualTo(page.etag(false).replace("\"", "").transform(h -> "\"" + h + "-gzip\""));
  }

  @Test
  void readersGetGzipOnlyWhenTheyAcceptIt() {
    assertThat(PageAnswers.acceptsGzip("gzip, deflate, br")).isTrue();
    assertThat(PageAnswers.acceptsGzip("br;q=1.0, gzip;q=0.5")).isTrue();
    assertThat(PageAnswers.acceptsGzip("gzip;q=0")).isFalse();
    assertThat(PageAnswers.acceptsGzip("*")).isTrue();
    assertThat(PageAnswers.acceptsGzip("*, gzip;q=0")).isFalse();
    assertThat(PageAnswers.acceptsGzip("identity")).isFalse();
    assertThat(PageAnswers.acceptsGzip(null)).isFalse();
  }

  @Test
  void eitherCodingsEtagValidatesThePage() {
    CachedPage page = page("body", "article:1");
    assertThat(PageAnswers.matches(page.etag(true), page)).isTrue();
    assertThat(PageAnswers.matches("\"other\", " + page.etag(false), page)).isTrue();
    assertThat(PageAnswers.matches("W/" + page.etag(false), page)).isTrue();
    assertThat(PageAnswers.matches("\"other\"", page)).isFalse();
    assertThat(PageAnswers.matches(null, page)).isFalse();
  }
}
