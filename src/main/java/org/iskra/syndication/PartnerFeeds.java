package org.iskra.syndication;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.iskra.outbound.RefusedAddress;
import org.iskra.section.Section;
import org.iskra.section.Sections;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The desk's partner-feed subscriptions: subscribe (the address checked like every address the
 * server fetches), pause, resume, unsubscribe, and the list with each feed's health. Thread-safe.
 */
@Service
class PartnerFeeds {

  private final FeedSubscriptions subscriptions;
  private final SubscriptionItems items;
  private final FeedFetcher fetcher;
  private final Sections sections;
  private final Clock clock;

  PartnerFeeds(
      FeedSubscriptions subscriptions,
      SubscriptionItems items,
      FeedFetcher fetcher,
      Sections sections,
      Clock clock) {
    this.subscriptions = subscriptions;
    this.items = items;
    this.fetcher = fetcher;
    this.sections = sections;
    this.clock = clock;
  }

  /**
   * Subscribes to a partner's feed; it is due at once.
   *
   * @throws RefusedAddress when the address is not http(s) or reaches a private address
   * @throws InvalidSubscription when a field is missing or wrong, or the feed is subscribed already
   */
  FeedSubscription subscribe(String url, String partner, long sectionId, String by) {
    String typed = url == null ? "" : url.strip();
    if (typed.isEmpty()) {
      throw new InvalidSubscription("url: give the address of the partner's RSS or Atom feed");
    }
    if (typed.length() > 2000) {
      throw new InvalidSubscription("url: at most 2000 characters");
    }
    String checked = fetcher.check(typed).toString();
    String name = partner == null ? "" : partner.strip().replaceAll("\\s+", " ");
    if (name.isEmpty()) {
      throw new InvalidSubscription(
          "partner: name the partner publication; its name is shown with what you republish");
    }
    if (name.length() > 200) {
      throw new InvalidSubscription("partner: at most 200 characters");
    }
    if (sections.findById(sectionId).isEmpty()) {
      throw new InvalidSubscription("section: choose the section to republish into");
    }
    Optional<FeedSubscription> existing = subscriptions.findByUrl(checked);
    if (existing.isPresent()) {
      throw new InvalidSubscription(
          "url: " + checked + " is subscribed already (" + existing.get().partner() + ")");
    }
    return subscriptions.insert(checked, name, sectionId, by, clock.instant());
  }

  List<SubscriptionRow> list() {
    Map<Long, Long> waiting = items.countNewPerSubscription();
    Map<Long, String> sectionNames =
        sections.listAll().stream()
            .collect(java.util.stream.Collectors.toMap(Section::id, Section::name));
    return subscriptions.listAll().stream()
        .map(
            s ->
                new SubscriptionRow(
                    s,
                    sectionNames.getOrDefault(s.sectionId(), ""),
                    waiting.getOrDefault(s.id(), 0L)))
        .toList();
  }

  Optional<FeedSubscription> find(long id) {
    return subscriptions.findById(id);
  }

  void pause(long id) {
    FeedSubscription subscription = get(id);
    subscriptions.updateStatus(id, FeedSubscription.Status.PAUSED, subscription.nextPollAt());
  }

  /** Resumes polling at once; a failing feed starts its back-off again from its failure count. */
  void resume(long id) {
    get(id);
    subscriptions.updateStatus(id, FeedSubscription.Status.ACTIVE, clock.instant());
  }

  /**
   * Unsubscribes and empties its queue; what was republished from it stays published, and what was
   * republished or dismissed stays known, so that subscribing again does not bring it back.
   */
  @Transactional
  void unsubscribe(long id) {
    items.deleteWaiting(id);
    subscriptions.delete(id);
  }

  private FeedSubscription get(long id) {
    return subscriptions
        .findById(id)
        .orElseThrow(() -> new InvalidSubscription("No subscription " + id));
  }
}
