package org.iskra.cache;

import static org.assertj.core.api.Assertions.assertThat;

import com.aayushatharva.brotli4j.decoder.Decoder;
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
  void storedBodiesAreGzippedAndComeBackWholeInEveryCoding() throws Exception {
    String html = "<p>" + "word ".repeat(500) + "</p>";
    CachedPage page = page(html, "article:1");
    assertThat(page.gzipped().length).isLessThan(page.length() / 10);
    assertThat(new String(page.body(Coding.IDENTITY), StandardCharsets.UTF_8)).isEqualTo(html);
    assertThat(page.etag(Coding.IDENTITY)).matches("\"[0-9a-f]{32}\"");
    String hash = page.etag(Coding.IDENTITY).replace("\"", "");
    assertThat(page.etag(Coding.GZIP)).isEqualTo("\"" + hash + "-gzip\"");
    assertThat(page.etag(Coding.BROTLI)).isEqualTo("\"" + hash + "-br\"");

    assertThat(Coding.BROTLI_AVAILABLE).as("brotli4j's native library loads here").isTrue();
    assertThat(page.has(Coding.BROTLI)).isFalse();
    CachedPage kept = page.keeping(Coding.BROTLI);
    assertThat(kept.has(Coding.BROTLI)).isTrue();
    assertThat(kept.weight()).isGreaterThan(page.weight());
    byte[] unbrotli = Decoder.decompress(kept.body(Coding.BROTLI)).getDecompressedData();
    assertThat(new String(unbrotli, StandardCharsets.UTF_8)).isEqualTo(html);
  }

  @Test
  void readersGetTheBestCodingTheyAccept() {
    assertThat(Coding.preferred("gzip, deflate, br")).isEqualTo(Coding.BROTLI);
    assertThat(Coding.preferred("br;q=1.0, gzip;q=0.5")).isEqualTo(Coding.BROTLI);
    assertThat(Coding.preferred("br;q=0.4, gzip;q=0.5")).isEqualTo(Coding.GZIP);
    assertThat(Coding.preferred("gzip, deflate")).isEqualTo(Coding.GZIP);
    assertThat(Coding.preferred("gzip;q=0")).isEqualTo(Coding.IDENTITY);
    assertThat(Coding.preferred("*")).isEqualTo(Coding.BROTLI);
    assertThat(Coding.preferred("*, br;q=0")).isEqualTo(Coding.GZIP);
    assertThat(Coding.preferred("*, gzip;q=0, br;q=0")).isEqualTo(Coding.IDENTITY);
    assertThat(Coding.preferred("identity")).isEqualTo(Coding.IDENTITY);
    assertThat(Coding.preferred("gzip;q=nonsense")).isEqualTo(Coding.IDENTITY);
    assertThat(Coding.preferred(null)).isEqualTo(Coding.IDENTITY);
  }

  @Test
  void everyCodingsEtagValidatesThePage() {
    CachedPage page = page("body", "article:1");
    assertThat(PageAnswers.matches(page.etag(Coding.GZIP), page)).isTrue();
    assertThat(PageAnswers.matches(page.etag(Coding.BROTLI), page)).isTrue();
    assertThat(PageAnswers.matches("\"other\", " + page.etag(Coding.IDENTITY), page)).isTrue();
    assertThat(PageAnswers.matches("W/" + page.etag(Coding.IDENTITY), page)).isTrue();
    assertThat(PageAnswers.matches("\"other\"", page)).isFalse();
    assertThat(PageAnswers.matches(null, page)).isFalse();
  }
}
