package org.iskra.syndication;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.iskra.account.Account;
import org.iskra.article.Article;
import org.iskra.article.ArticleEdit;
import org.iskra.article.EditorialAction;
import org.iskra.article.EditorialWorkflow;
import org.iskra.publication.PublicationProfile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review queue's decisions. Republishing makes an article of the item through the editorial
 * workflow (so the editor's role and the publishing rules apply as for any article), in the
 * subscription's section, with the partner's byline, the partner named as the original publisher
 * and the item's link as its canonical address; as a draft to edit, or published at once. Each
 * decision is a compare-and-set on the item's state, so two editors never republish one item twice.
 */
@Service
class Republisher {

  private final SubscriptionItems items;
  private final FeedSubscriptions subscriptions;
  private final EditorialWorkflow workflow;
  private final PublicationProfile profile;
  private final Clock clock;

  Republisher(
      SubscriptionItems items,
      FeedSubscriptions subscriptions,
      EditorialWorkflow workflow,
      PublicationProfile profile,
      Clock clock) {
    this.items = items;
    this.subscriptions = subscriptions;
    this.workflow = workflow;
    this.profile = profile;
    this.clock = clock;
  }

  /**
   * Republishes the item, all or nothing.
   *
   * @param publish publish at once rather than keep a draft
   * @throws InvalidSubscription when the item is gone or republished already
   * @throws org.iskra.article.InvalidArticle when the article would be invalid (no title, an image
   *     without alt text when publishing); nothing is stored
   */
  @Transactional
  Article republish(Account by, long itemId, boolean publish) {
    SubscriptionItem item =
        items
            .findById(itemId)
            .orElseThrow(() -> new InvalidSubscription("That item is no longer in the queue"));
    FeedSubscription subscription =
        subscriptions
            .findById(item.subscriptionId())
            .orElseThrow(() -> new InvalidSubscription("That item is no longer in the queue"));
    // The claim comes first: a second editor's attempt stops here, before writing an article.
    if (!items.markRepublished(itemId, by.email(), clock.instant())) {
      throw new InvalidSubscription("\"" + item.title() + "\" was republished already");
    }
    ArticleEdit edit =
        new ArticleEdit(
            profile.current().language(),
            item.title(),
            "",
            item.summary(),
            item.content(),
            subscription.sectionId(),
            byline(item.author()),
            List.of(),
            List.of(),
            "",
            item.link() == null ? "" : item.link(),
            subscription.partner());
    Article article =
        workflow.start(by, edit, publish ? EditorialAction.PUBLISH : EditorialAction.SAVE, null);
    items.linkArticle(itemId, article.id());
    return article;
  }

  /**
   * Takes the item out of the queue; it stays known, so it never comes back.
   *
   * @return whether this call dismissed it (false: someone decided on it meanwhile)
   */
  boolean dismiss(Account by, long itemId) {
    return items.dismiss(itemId, by.email(), clock.instant());
  }

  private static List<String> byline(String authors) {
    return Arrays.stream(authors.split(","))
        .map(String::strip)
        .filter(name -> !name.isEmpty())
        .limit(10)
        .toList();
  }
}
