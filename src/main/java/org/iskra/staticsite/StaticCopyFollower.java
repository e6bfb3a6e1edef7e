package org.iskra.staticsite;

import org.iskra.article.ArticleEvents.ArticlePublished;
import org.iskra.article.ArticleEvents.ArticleRevised;
import org.iskra.article.ArticleEvents.ArticleWithdrawn;
import org.iskra.campaign.AppealChanged;
import org.iskra.event.EventChanged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the refresher about the changes readers see, once they are committed (a refresh started
 * before the commit would read the old state). Drafts, autosaves and the trash change no public
 * page and start nothing.
 */
@Component
class StaticCopyFollower {

  private final StaticCopyRefresher refresher;

  StaticCopyFollower(StaticCopyRefresher refresher) {
    this.refresher = refresher;
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(ArticlePublished published) {
    refresher.changed();
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(ArticleRevised revised) {
    refresher.changed();
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(ArticleWithdrawn withdrawn) {
    refresher.changed();
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(AppealChanged changed) {
    refresher.changed();
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(EventChanged changed) {
    refresher.changed();
  }
}
