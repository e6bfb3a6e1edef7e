package org.iskra.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.iskra.article.Article;
import org.iskra.article.ArticleListings;
import org.iskra.article.RelatedArticles;
import org.iskra.article.Teaser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Related articles for article pages: the list stored when the article was indexed ({@link
 * RelatedLists}), less the articles withdrawn since, so that the next ones take their places. An
 * article without a stored list yet (just published, or a site still filling its lists after an
 * upgrade) gets the index's more-like-this as it is now, which is what its list will hold; a page
 * never writes the list itself. Asking for more than {@link RelatedLists#LENGTH} asks the index.
 *
 * <p>No cache of its own: a stored list is one row read by key, and a page asked for often is kept
 * whole by the page cache.
 */
@Component
class SearchRelatedArticles implements RelatedArticles {

  private static final Logger LOG = LoggerFactory.getLogger(SearchRelatedArticles.class);

  /** Teasers per query, under both drivers' limits on bound parameters. */
  private static final int TEASERS_PER_QUERY = 10_000;

  private final SearchIndex index;
  private final RelatedLists lists;
  private final ArticleListings listings;

  SearchRelatedArticles(@Lazy SearchIndex index, RelatedLists lists, ArticleListings listings) {
    this.index = index;
    this.lists = lists;
    this.listings = listings;
  }

  @Override
  public List<Teaser> relatedTo(Article article, int limit) {
    if (limit <= 0) {
      return List.of();
    }
    try {
      Optional<List<Long>> stored =
          limit <= RelatedLists.LENGTH ? lists.find(article.id()) : Optional.empty();
      if (stored.isEmpty()) {
        return live(article, limit);
      }
      List<Teaser> teasers = listings.teasersOf(stored.get());
      return teasers.size() > limit ? List.copyOf(teasers.subList(0, limit)) : teasers;
    } catch (RuntimeException e) {
      // An article page never fails for want of suggestions.
      LOG.warn("No related articles for {}: {}", article.id(), e.toString());
      return List.of();
    }
  }

  /**
   * The stored lists of the whole batch in one query and their teasers in one more (for up to a
   * thousand articles); more-like-this only for an article without a list.
   */
  @Override
  public Map<Long, List<Teaser>> relatedTo(List<Article> articles, int limit) {
    if (limit <= 0 || limit > RelatedLists.LENGTH) {
      return RelatedArticles.super.relatedTo(articles, limit);
    }
    Map<Long, List<Long>> stored;
    Map<Long, Teaser> teasers;
    try {
      stored = lists.findAll(articles.stream().map(Article::id).toList());
      Set<Long> wanted = new LinkedHashSet<>();
      stored.values().forEach(wanted::addAll);
      teasers = teasersById(List.copyOf(wanted));
    } catch (RuntimeException e) {
      // Each article then fails, or not, as the single-article method would.
      LOG.warn("No stored related lists for a batch of articles: {}", e.toString());
      return RelatedArticles.super.relatedTo(articles, limit);
    }
    Map<Long, List<Teaser>> related = new LinkedHashMap<>();
    for (Article article : articles) {
      List<Long> ids = stored.get(article.id());
      if (ids == null) {
        related.put(article.id(), relatedTo(article, limit));
        continue;
      }
      List<Teaser> list = new ArrayList<>(limit);
      for (long id : ids) {
        Teaser teaser = teasers.get(id);
        if (teaser != null && list.size() < limit) {
          list.add(teaser);
        }
      }
      related.put(article.id(), List.copyOf(list));
    }
    return related;
  }

  private Map<Long, Teaser> teasersById(List<Long> ids) {
    Map<Long, Teaser> byId = new HashMap<>();
    for (int from = 0; from < ids.size(); from += TEASERS_PER_QUERY) {
      for (Teaser teaser :
          listings.teasersOf(ids.subList(from, Math.min(ids.size(), from + TEASERS_PER_QUERY)))) {
        byId.put(teaser.id(), teaser);
      }
    }
    return byId;
  }

  /** The index's answer now, as pages had it before lists were stored. */
  private List<Teaser> live(Article article, int limit) {
    return listings.teasersOf(index.related(article.id(), limit));
  }
}
