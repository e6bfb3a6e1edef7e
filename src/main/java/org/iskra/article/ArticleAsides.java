package org.iskra.article;

import gg.jte.Content;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Small blocks that other features add beside an article on its page (an appeal's progress, the
 * event the article announces), so that the article feature need not know those features. The page
 * shows the blocks of every implementation, in bean order; it works without any.
 *
 * <p>Implementations are thread-safe, called on every article page view, and return content that is
 * already escaped.
 */
public interface ArticleAsides {

  /** The blocks to show beside this published article; empty when there are none. */
  List<Content> asidesOf(Article article);

  /**
   * Of these articles, those {@link #asidesOf} may give blocks for: for every other one it gives
   * none. For pages drawn in bulk, where asking article by article would cost a query per page for
   * the few articles that have blocks. This default names them all.
   */
  default Set<Long> mayHaveAsides(Collection<Long> articleIds) {
    return Set.copyOf(articleIds);
  }
}
