package org.iskra.article;

import java.util.List;

/**
 * Finds published articles like a given one, for the "Related" list of its page. Implemented by the
 * search feature (more-like-this); the article page works without any implementation.
 */
public interface RelatedArticles {

  /** At most {@code limit} published articles like this one, never the article itself. */
  List<Teaser> relatedTo(Article article, int limit);
}
