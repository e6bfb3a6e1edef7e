package org.iskra.search;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.iskra.article.ArticleFinder;
import org.iskra.article.ArticleStatus;
import org.iskra.article.DeskFilter;
import org.iskra.author.Author;
import org.iskra.author.Authors;
import org.iskra.section.Section;
import org.iskra.section.Sections;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** The desk's word search, on the same index as readers', with drafts and the trash included. */
@Component
class SearchArticleFinder implements ArticleFinder {

  private static final Set<String> OUTSIDE_THE_TRASH =
      Set.of(
          ArticleStatus.DRAFT.code(),
          ArticleStatus.SCHEDULED.code(),
          ArticleStatus.PUBLISHED.code(),
          ArticleStatus.UNPUBLISHED.code());

  private final SearchIndex index;
  private final Sections sections;
  private final Authors authors;

  SearchArticleFinder(@Lazy SearchIndex index, Sections sections, Authors authors) {
    this.index = index;
    this.sections = sections;
    this.authors = authors;
  }

  @Override
  public Found find(DeskFilter filter, int offset, int limit) {
    Map<Facet, Set<String>> criteria = criteria(filter);
    if (criteria == null) {
      return new Found(List.of(), 0, Map.of());
    }
    Map<Facet, Set<String>> withState = new EnumMap<>(Facet.class);
    withState.putAll(criteria);
    withState.put(
        Facet.STATUS, filter.state().isEmpty() ? OUTSIDE_THE_TRASH : Set.of(filter.state()));
    SearchResults page =
        index.search(
            new SearchQuery(
                filter.text(),
                SearchQuery.Scope.DESK,
                withState,
                SearchQuery.Sort.RELEVANCE,
                offset / limit + 1,
                limit));
    // Counted without the state, so that every tab shows its number.
    SearchResults every =
        index.search(
            new SearchQuery(
                filter.text(), SearchQuery.Scope.DESK, criteria, SearchQuery.Sort.RELEVANCE, 1, 1));
    Map<String, Long> counts = new HashMap<>();
    every
        .facets()
        .getOrDefault(Facet.STATUS, List.of())
        .forEach(count -> counts.put(count.key(), count.count()));
    return new Found(page.hits().stream().map(SearchHit::articleId).toList(), page.total(), counts);
  }

  /** The filter's criteria other than the state; null when they can match nothing. */
  private Map<Facet, Set<String>> criteria(DeskFilter filter) {
    Map<Facet, Set<String>> criteria = new EnumMap<>(Facet.class);
    if (filter.sectionId() > 0) {
      Section section = sections.findById(filter.sectionId()).orElse(null);
      if (section == null) {
        return null;
      }
      criteria.put(Facet.SECTION, Set.of(section.slug()));
    }
    if (filter.authorId() > 0) {
      List<Author> found = authors.listByIds(List.of(filter.authorId()));
      if (found.isEmpty()) {
        return null;
      }
      criteria.put(Facet.AUTHOR, Set.of(found.getFirst().slug()));
    }
    if (!filter.language().isEmpty()) {
      criteria.put(Facet.LANGUAGE, Set.of(filter.language()));
    }
    return criteria;
  }
}
