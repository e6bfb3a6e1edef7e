package org.iskra.audit;

import org.iskra.article.ArticleEvents;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the article events the log keeps: publishing, scheduling, withdrawals, the trash and
 * deletions. Plain saves are in each article's own history, not here.
 */
@Component
class ArticleAuditListener {

  private final AuditLog log;

  ArticleAuditListener(AuditLog log) {
    this.log = log;
  }

  @EventListener
  void on(ArticleEvents.ArticlePublished event) {
    log.record(
        "article.published", event.actor(), subject(event.articleId(), event.title()), "", "");
  }

  @EventListener
  void on(ArticleEvents.ArticleScheduled event) {
    log.record(
        "article.scheduled",
        event.actor(),
        subject(event.articleId(), event.title()),
        "for " + event.at(),
        "");
  }

  @EventListener
  void on(ArticleEvents.ArticleWithdrawn event) {
    log.record(
        "article.unpublished", event.actor(), subject(event.articleId(), event.title()), "", "");
  }

  @EventListener
  void on(ArticleEvents.ArticleTrashed event) {
    log.record("article.trashed", event.actor(), subject(event.articleId(), event.title()), "", "");
  }

  @EventListener
  void on(ArticleEvents.ArticleRestored event) {
    log.record(
        "article.restored", event.actor(), subject(event.articleId(), event.title()), "", "");
  }

  @EventListener
  void on(ArticleEvents.ArticleDeleted event) {
    log.record("article.deleted", event.actor(), subject(event.articleId(), event.title()), "", "");
  }

  private static String subject(long id, String title) {
    return "article " + id + " “" + title + "”";
  }
}
