package org.iskra.article;

import java.time.Instant;

/**
 * What happens to articles, announced to other features (the audit log, later caches, search and
 * webhooks) inside the transaction that did it: a rolled-back save announces nothing.
 */
public final class ArticleEvents {

  private ArticleEvents() {}

  /** The article became visible to readers. {@code actor} is an e-mail, or empty for the system. */
  public record ArticlePublished(long articleId, String uid, String title, String actor) {}

  /** The article will be published at {@code at} by the scheduler. */
  public record ArticleScheduled(
      long articleId, String uid, String title, Instant at, String actor) {}

  /** A published article was saved again and stays published. */
  public record ArticleRevised(long articleId, String uid, String title, String actor) {}

  /** A published or scheduled article was taken off the site or the schedule. */
  public record ArticleWithdrawn(long articleId, String uid, String title, String actor) {}

  public record ArticleTrashed(long articleId, String uid, String title, String actor) {}

  public record ArticleRestored(long articleId, String uid, String title, String actor) {}

  /**
   * Any write to the article: a save, an autosave, a change of state. Copies of articles (the
   * search index) refresh themselves from the store on it.
   */
  public record ArticleChanged(long articleId, int version) {}

  /**
   * Any write, with the article as it was ({@code null} when new) and as it is: what copies that
   * depend on where an article is listed (the page cache) need to know, since a move leaves its old
   * listings too.
   */
  public record ArticleSaved(Article before, Article after) {}

  /** The article and its history are gone for good. */
  public record ArticleDeleted(long articleId, String uid, String title, String actor) {}
}
