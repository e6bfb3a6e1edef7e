package org.iskra.article;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds published articles like a given one, for the "Related" list of its page. Implemented by the
 * search feature (more-like-this); the article page works without any implementation.
 * Implementations are thread-safe and never fail a page for want of suggestions: on any failure the
 * list is empty.
 */
public interface RelatedArticles {

  /** At most {@code limit} published articles like this one, never the article itself. */
  List<Teaser> relatedTo(Article article, int limit);

  /**
   * {@link #relatedTo(Article, int)} for many articles at once (pages drawn in bulk), by article
   * id, in the order given; each article's list is the one the single-article method gives. This
   * default asks article by article; implementations read a batch in a fixed number of queries.
   */
  default Map<Long, List<Teaser>> relatedTo(List<Article> articles, int limit) {
    Map<Long, List<Teaser>> related = new LinkedHashMap<>();
    for (Article article : articles) {
      related.put(article.id(), relatedTo(article, limit));
    }
    return related;
  }
}
