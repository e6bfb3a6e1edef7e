package org.iskra.search;

import java.util.List;
import org.iskra.article.Article;
import org.iskra.article.ArticleListings;
import org.iskra.article.RelatedArticles;
import org.iskra.article.Teaser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** Related articles for article pages, from the index's more-like-this. */
@Component
class SearchRelatedArticles implements RelatedArticles {

  private static final Logger LOG = LoggerFactory.getLogger(SearchRelatedArticles.class);

  private final SearchIndex index;
  private final ArticleListings listings;

  SearchRelatedArticles(@Lazy SearchIndex index, ArticleListings listings) {
    this.index = index;
    this.listings = listings;
  }

  @Override
  public List<Teaser> relatedTo(Article article, int limit) {
    try {
      List<Long> ids =
          index.related(article.id(), limit).stream().map(SearchHit::articleId).toList();
      return listings.teasersOf(ids);
    } catch (RuntimeException e) {
      // An article page never fails for want of suggestions.
      LOG.warn("No related articles for {}: {}", article.id(), e.toString());
      return List.of();
    }
  }
}
