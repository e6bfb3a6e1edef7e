package org.iskra.api;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.iskra.article.ArticleListings;
import org.iskra.article.Teaser;

/**
 * The published articles among those events or appeals link to, read for a whole page in one go.
 * Links to drafts and withdrawn articles stay out of the API: their ids are not public either.
 */
final class LinkedArticles {

  private final Map<Long, Teaser> published;

  private LinkedArticles(Map<Long, Teaser> published) {
    this.published = published;
  }

  static LinkedArticles of(ArticleListings listings, Collection<List<Long>> links) {
    Set<Long> ids = new LinkedHashSet<>();
    links.forEach(ids::addAll);
    if (ids.isEmpty()) {
      return new LinkedArticles(Map.of());
    }
    return new LinkedArticles(
        listings.teasersOf(List.copyOf(ids)).stream()
            .collect(Collectors.toMap(Teaser::id, Function.identity())));
  }

  /** The published ones of these ids, in their order. */
  List<Teaser> of(List<Long> ids) {
    return ids.stream().map(published::get).filter(java.util.Objects::nonNull).toList();
  }
}
