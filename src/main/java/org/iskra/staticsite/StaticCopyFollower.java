package org.iskra.staticsite;

import org.iskra.article.ArticleEvents.ArticlePublished;
import org.iskra.article.ArticleEvents.ArticleRevised;
import org.iskra.article.ArticleEvents.ArticleWithdrawn;
import org.iskra.campaign.AppealChanged;
import org.iskra.event.EventChanged;
import org.iskra.media.MediaDeleted;
import org.iskra.media.MediaDescribed;
import org.iskra.publication.EditionNamed;
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

  @TransactionalEventListener(
      classes = {
        ArticlePublished.class,
        ArticleRevised.class,
        ArticleWithdrawn.class,
        AppealChanged.class,
        EventChanged.class,
        EditionNamed.class,
        MediaDescribed.class,
        MediaDeleted.class
      },
      fallbackExecution = true)
  void changed() {
    refresher.changed();
  }
}
