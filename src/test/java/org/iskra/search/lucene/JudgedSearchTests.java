package org.iskra.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iskra.search.SearchFixtures;
import org.iskra.search.SearchHit;
import org.iskra.search.SearchSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ranking quality on a fixed corpus: 50 short articles in four languages
 * (src/test/resources/search/judged-articles.tsv) and the 13 demo articles (ids 101–113), against
 * 60 queries with graded judgments (judged-queries.tsv). The mean nDCG@10 is printed and must stay
 * above a floor, so that a change to analysis or weights that hurts ranking fails the build.
 */
class JudgedSearchTests {

  static final double FLOOR = 0.85;

  @TempDir Path folder;

  @Test
  void meanNdcgAtTenStaysAboveTheFloor() {
    try (LuceneSearchIndex index =
        LuceneSearchIndex.open(
            new SearchSettings(folder, Duration.ofMillis(250), Duration.ofSeconds(10)))) {
      for (String line : lines("/search/judged-articles.tsv")) {
        String[] f = line.split("\t");
        index.index(
            SearchFixtures.anArticle(Long.parseLong(f[0]))
                .language(f[1])
                .published(f[2] + "-06-01T00:00:00Z")
                .section(f[3], f[3])
                .title(f[4])
                .standfirst(f[5])
                .build());
      }
      demoArticles().forEach(index::index);
      index.refreshNow();

      double sum = 0;
      int queries = 0;
      List<String> weak = new ArrayList<>();
      for (String line : lines("/search/judged-queries.tsv")) {
        String[] f = line.split("\t");
        Map<Long, Integer> grades = new HashMap<>();
        for (String judged : f[1].split(" ")) {
          boolean ideal = judged.endsWith("!");
          grades.put(Long.parseLong(judged.replace("!", "")), ideal ? 2 : 1);
        }
        List<Long> ranked =
            index.search(SearchFixtures.publicQuery(f[0])).hits().stream()
                .map(SearchHit::articleId)
                .toList();
        double ndcg = ndcg(ranked, grades);
        if (ndcg < 0.8) {
          weak.add(String.format(Locale.ROOT, "%s → %s (%.2f)", f[0], ranked, ndcg));
        }
        sum += ndcg;
        queries++;
      }
      double mean = sum / queries;
      System.out.printf(
          Locale.ROOT, "Judged search: %d queries, mean nDCG@10 = %.3f%n", queries, mean);
      weak.forEach(w -> System.out.println("  weak: " + w));
      assertThat(queries).isGreaterThanOrEqualTo(30);
      assertThat(mean).isGreaterThanOrEqualTo(FLOOR);
    }
  }

  static double ndcg(List<Long> ranked, Map<Long, Integer> grades) {
    double dcg = 0;
    for (int i = 0; i < Math.min(10, ranked.size()); i++) {
      dcg += gain(grades.getOrDefault(ranked.get(i), 0), i);
    }
    List<Integer> ideal = new ArrayList<>(grades.values());
    ideal.sort((a, b) -> b - a);
    double idcg = 0;
    for (int i = 0; i < Math.min(10, ideal.size()); i++) {
      idcg += gain(ideal.get(i), i);
    }
    return idcg == 0 ? 0 : dcg / idcg;
  }

  private static double gain(int grade, int rank) {
    return (Math.pow(2, grade) - 1) / (Math.log(rank + 2) / Math.log(2));
  }

  /** The demo's teasers with the titles, dates and sections of its metadata. */
  static List<org.iskra.search.SearchDocument> demoArticles() {
    String[] paragraphs = read("/demo/000_704fca15339d8907.txt").split("\\n\\s*\\n");
    Matcher article =
        Pattern.compile(
                "\"teaser\":\\s*(\\d+),\\s*\"title\":\\s*\"((?:[^\"\\\\]|\\\\.)*)\",\\s*"
                    + "\"published\":\\s*\"([^\"]+)\",\\s*\"section\":\\s*\"([^\"]+)\"")
            .matcher(read("/demo/demo-metadata.json"));
    List<org.iskra.search.SearchDocument> documents = new ArrayList<>();
    while (article.find()) {
      int teaser = Integer.parseInt(article.group(1));
      documents.add(
          SearchFixtures.anArticle(100 + teaser)
              .title(article.group(2).replace("\\\"", "\""))
              .published(Instant.parse(article.group(3)).toString())
              .section(article.group(4), article.group(4))
              .standfirst(paragraphs[teaser - 1].strip())
              .build());
    }
    assertThat(documents).hasSize(13);
    return documents;
  }

  private static List<String> lines(String resource) {
    return read(resource).lines().filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
  }

  private static String read(String resource) {
    try (InputStream in = JudgedSearchTests.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
