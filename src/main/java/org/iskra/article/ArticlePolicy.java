package org.iskra.article;

import org.iskra.account.Account;
import org.iskra.account.Role;

/**
 * Who may do what to an article, as a newsroom divides the work: editors and administrators
 * everything; authors their own articles, publishing included; contributors their own drafts, never
 * publishing. The desk hides what a role may not do, but these checks are what count.
 */
final class ArticlePolicy {

  private ArticlePolicy() {}

  static boolean canEdit(Account account, Article article) {
    return switch (account.role()) {
      case ADMIN, EDITOR -> true;
      case AUTHOR -> isOwn(account, article);
      case CONTRIBUTOR ->
          isOwn(account, article)
              && (article.status() == ArticleStatus.DRAFT
                  || article.status() == ArticleStatus.UNPUBLISHED);
    };
  }

  /** Publish, schedule and unpublish. */
  static boolean canPublish(Account account, Article article) {
    return switch (account.role()) {
      case ADMIN, EDITOR -> true;
      case AUTHOR -> isOwn(account, article);
      case CONTRIBUTOR -> false;
    };
  }

  static boolean canPublishAnything(Account account) {
    return account.role() != Role.CONTRIBUTOR;
  }

  /** Move to the trash and back. */
  static boolean canTrash(Account account, Article article) {
    return canEdit(account, article)
        && (canPublish(account, article) || article.status() == ArticleStatus.DRAFT);
  }

  /** Delete for good, from the trash. */
  static boolean canDelete(Account account) {
    return account.role() == Role.ADMIN || account.role() == Role.EDITOR;
  }

  /**
   * Read an article one may not edit, beside one's translation of it: what readers can see, or what
   * one could open anyway.
   */
  static boolean canRead(Account account, Article article) {
    return article.isPublished() || canEdit(account, article) || canPublish(account, article);
  }

  /**
   * Start a translation of the article. The translation is a new draft of one's own, so every role
   * may, contributors included; publishing it follows the usual rules.
   */
  static boolean canTranslate(Account account, Article article) {
    return !article.isTrashed() && canRead(account, article);
  }

  private static boolean isOwn(Account account, Article article) {
    return article.createdBy() != null && article.createdBy() == account.id();
  }
}
