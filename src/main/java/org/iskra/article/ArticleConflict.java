package org.iskra.article;

/**
 * A save was made against a version of the article that is no longer current: someone else saved in
 * between. Nothing was written; {@link #current()} is what is stored now.
 */
public class ArticleConflict extends RuntimeException {

  private final transient Article current;

  public ArticleConflict(Article current) {
    super(
        "Article "
            + current.id()
            + " was saved by someone else in the meantime (now at version "
            + current.version()
            + ")");
    this.current = current;
  }

  public Article current() {
    return current;
  }
}
