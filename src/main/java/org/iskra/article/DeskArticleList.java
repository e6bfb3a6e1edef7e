package org.iskra.article;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.iskra.author.Author;
import org.iskra.author.Authors;
import org.iskra.section.Section;
import org.iskra.section.Sections;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Pages of the desk's article list, {@value #PAGE_SIZE} to a page, with counts per state. A page
 * costs a fixed number of queries whatever its size.
 */
@Service
public class DeskArticleList {

  public static final int PAGE_SIZE = 30;

  private final DeskArticles articles;
  private final Sections sections;
  private final Authors authors;
  private final ObjectProvider<ArticleFinder> finder;

  DeskArticleList(
      DeskArticles articles,
      Sections sections,
      Authors authors,
      ObjectProvider<ArticleFinder> finder) {
    this.articles = articles;
    this.sections = sections;
    this.authors = authors;
    this.finder = finder;
  }

  /** A page of the list. */
  public record Page(
      List<DeskRow> rows, Map<String, Long> counts, int number, int pages, long total) {}

  /** The page, or the last page when {@code number} is past it. */
  public Page page(DeskFilter filter, int number) {
    ArticleFinder engine = filter.text().isEmpty() ? null : finder.getIfAvailable();
    if (engine != null) {
      return found(filter, number, engine);
    }
    long total = articles.count(filter);
    int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    int page = Math.min(Math.max(1, number), pages);
    List<DeskArticles.Row> rows = articles.list(filter, (page - 1) * PAGE_SIZE, PAGE_SIZE);
    return page(rows, articles.countPerState(filter), page, pages, total);
  }

  /** Words go to the search engine, best match first, like readers' searches. */
  private Page found(DeskFilter filter, int number, ArticleFinder engine) {
    int page = Math.max(1, number);
    ArticleFinder.Found found = engine.find(filter, (page - 1) * PAGE_SIZE, PAGE_SIZE);
    int pages = (int) Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
    if (page > pages) {
      page = pages;
      found = engine.find(filter, (page - 1) * PAGE_SIZE, PAGE_SIZE);
    }
    return page(
        articles.listByIds(found.ids()), found.countsPerState(), page, pages, found.total());
  }

  private Page page(
      List<DeskArticles.Row> rows, Map<String, Long> found, int page, int pages, long total) {
    Map<Long, Section> sectionsById =
        sections.listAll().stream().collect(Collectors.toMap(Section::id, Function.identity()));
    Map<Long, Author> authorsById =
        authors
            .listByIds(rows.stream().flatMap(row -> row.authorIds().stream()).distinct().toList())
            .stream()
            .collect(Collectors.toMap(Author::id, Function.identity()));
    List<DeskRow> shown =
        rows.stream()
            .map(
                row ->
                    new DeskRow(
                        row.id(),
                        row.title(),
                        row.status(),
                        row.trashed(),
                        row.language(),
                        sectionsById.get(row.sectionId()),
                        row.authorIds().stream()
                            .map(authorsById::get)
                            .filter(java.util.Objects::nonNull)
                            .toList(),
                        row.publishedAt(),
                        row.updatedAt(),
                        row.outOfDate()))
            .toList();
    Map<String, Long> counts = new LinkedHashMap<>();
    for (ArticleStatus status : ArticleStatus.values()) {
      counts.put(status.code(), found.getOrDefault(status.code(), 0L));
    }
    counts.put(DeskFilter.TRASHED, found.getOrDefault(DeskFilter.TRASHED, 0L));
    return new Page(shown, counts, page, pages, total);
  }
}
