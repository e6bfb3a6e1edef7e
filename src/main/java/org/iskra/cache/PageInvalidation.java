package org.iskra.cache;

import java.util.Set;
import org.iskra.article.ArticleEvents.ArticleDeleted;
import org.iskra.article.ArticleEvents.ArticleSaved;
import org.iskra.campaign.AppealChanged;
import org.iskra.event.EventChanged;
import org.iskra.media.MediaDeleted;
import org.iskra.media.MediaDescribed;
import org.iskra.publication.EditionNamed;
import org.iskra.publication.PageTags;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Drops the pages a write made stale (an article, an appeal's figures, an event, an image's
 * description, a name in an edition), after the commit and in the writer's thread: the editor's
 * "published" answer is sent only once readers can no longer be served the old page. Idempotent.
 */
@Component
class PageInvalidation {

  private static final Logger log = LoggerFactory.getLogger(PageInvalidation.class);

  private final PageCache cache;
  private final Placements placements;

  PageInvalidation(PageCache cache, Placements placements) {
    this.cache = cache;
    this.placements = placements;
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(ArticleSaved saved) {
    long id = saved.after().id();
    try {
      Set<String> tags =
          new java.util.LinkedHashSet<>(
              Placement.purges(id, placements.of(saved.before()), placements.of(saved.after())));
      if (!tags.isEmpty()) {
        // A visible change: the pages of its translations name it (its address, or whether it is
        // published at all).
        tags.add(PageTags.translations(saved.after().translationGroup()));
        if (saved.before() != null) {
          tags.add(PageTags.translations(saved.before().translationGroup()));
        }
      }
      cache.purge(tags);
    } catch (RuntimeException e) {
      // Without the taxonomy we cannot tell which listings moved: dropping everything is safe.
      log.warn(
          "Could not work out which pages article {} touches; dropping all: {}", id, e.toString());
      cache.purgeAll();
    }
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(AppealChanged changed) {
    cache.purge(tagsOf(PageTags.appeal(changed.appealId()), changed.articleIds()));
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(EventChanged changed) {
    cache.purge(tagsOf(PageTags.event(changed.eventId()), changed.articleIds()));
  }

  /** The block's own tag, and the pages of the articles that start or stop showing it. */
  private static Set<String> tagsOf(String block, Set<Long> articleIds) {
    Set<String> tags = new java.util.LinkedHashSet<>();
    tags.add(block);
    articleIds.forEach(id -> tags.add(PageTags.article(id)));
    return tags;
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(MediaDescribed described) {
    cache.purge(Set.of(PageTags.media(described.key())));
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(MediaDeleted deleted) {
    // The pages that showed it drop it (an article keeps the key of an image that is gone).
    cache.purge(Set.of(PageTags.media(deleted.key())));
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(EditionNamed named) {
    // A name is in every page's navigation, and an address in every other edition's alternates:
    // no tag is narrower than the whole site. Names are given rarely (on the desk, or to a section
    // through the Admin API).
    cache.purgeAll();
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(ArticleDeleted deleted) {
    // Only articles in the trash are deleted, and those are off the site already.
    cache.purge(Set.of(PageTags.article(deleted.articleId()), PageTags.SITEMAPS));
  }
}
