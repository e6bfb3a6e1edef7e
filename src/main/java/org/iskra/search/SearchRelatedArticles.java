package org.iskra.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.List;
import org.iskra.article.Article;
import org.iskra.article.ArticleListings;
import org.iskra.article.RelatedArticles;
import org.iskra.article.Teaser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Related articles for article pages, from the index's more-like-this. The ids found are kept for a
 * minute per article, so that a popular page does not run the same query for every reader; the
 * teasers are read fresh each time, so a withdrawn article drops out at once.
 */
@Component
class SearchRelatedArticles implements RelatedArticles {

  private static final Logger LOG = LoggerFactory.getLogger(SearchRelatedArticles.class);

  private final SearchIndex index;
  private final ArticleListings listings;
  private final Cache<RelatedKey, List<Long>> found =
      Caffeine.newBuilder().maximumSize(20_000).expireAfterWrite(Duration.ofMinutes(1)).build();

  private record RelatedKey(long articleId, int limit) {}

  SearchRelatedArticles(@Lazy SearchIndex index, ArticleListings listings) {
    this.index = index;
    this.listings = listings;
  }

  @Override
  public List<Teaser> relatedTo(Article article, int limit) {
    try {
      RelatedKey key = new RelatedKey(article.id(), limit);
      List<Long> ids = found.getIfPresent(key);
      if (ids == null) {
        ids = index.related(article.id(), limit);
        // Nothing found may mean not indexed yet: ask again next time.
        if (!ids.isEmpty()) {
          found.put(key, ids);
        }
      }
      return listings.teasersOf(ids);
    } catch (RuntimeException e) {
      // An article page never fails for want of suggestions.
      LOG.warn("No related articles for {}: {}", article.id(), e.toString());
      return List.of();
    }
  }
}
