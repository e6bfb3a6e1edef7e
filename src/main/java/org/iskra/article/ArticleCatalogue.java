package org.iskra.article;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Every article in any state, resolved for other features that keep their own copy of it (the
 * search index, later exports): by id, in batches by id, and the version of each. Reads only;
 * thread-safe.
 */
@Service
public class ArticleCatalogue {

  /** Articles per batch, at most. */
  public static final int MAX_BATCH = 1000;

  private final Articles articles;
  private final ArticleViews views;

  ArticleCatalogue(Articles articles, ArticleViews views) {
    this.articles = articles;
    this.views = views;
  }

  /** The article with everything resolved, or empty when it does not exist (any more). */
  public Optional<ArticleView> find(long id) {
    return articles.findById(id).map(article -> views.of(List.of(article)).getFirst());
  }

  /** The next batch of articles after {@code afterId}, by id; empty at the end. */
  public List<ArticleView> listAfter(long afterId, int limit) {
    return views.of(articles.listAfter(afterId, Math.min(limit, MAX_BATCH)));
  }

  /** Each article's version, by id: what a copy compares itself with to catch up. */
  public Map<Long, Integer> versions() {
    return articles.versions();
  }
}
