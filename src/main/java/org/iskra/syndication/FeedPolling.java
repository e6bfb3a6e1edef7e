package org.iskra.syndication;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Polls partner feeds into the review queue. Each feed is claimed by a compare-and-set first (so
 * two servers, or the desk and the poller, never poll it at once) and polled on its own: whatever
 * goes wrong with one feed is recorded on it and pushes its next poll out ({@code retry-base ×
 * 2^(n−1)}, at most {@code retry-cap}), and the next feed is polled all the same. New entries are
 * added once: by GUID within the feed, by link across all feeds. Thread-safe.
 */
@Service
class FeedPolling {

  private static final Logger log = LoggerFactory.getLogger(FeedPolling.class);

  /** Feeds taken per round; the rest wait for the next round. */
  private static final int BATCH = 50;

  private final FeedSubscriptions subscriptions;
  private final SubscriptionItems items;
  private final FeedFetcher fetcher;
  private final SubscriptionSettings settings;
  private final TransactionTemplate transactions;
  private final Clock clock;

  FeedPolling(
      FeedSubscriptions subscriptions,
      SubscriptionItems items,
      FeedFetcher fetcher,
      SubscriptionSettings settings,
      TransactionTemplate transactions,
      Clock clock) {
    this.subscriptions = subscriptions;
    this.items = items;
    this.fetcher = fetcher;
    this.settings = settings;
    this.transactions = transactions;
    this.clock = clock;
  }

  /**
   * What one poll of one feed did.
   *
   * @param added items new to the queue
   * @param notModified the partner answered 304
   * @param error why the poll failed, or empty
   */
  record Outcome(int added, boolean notModified, String error) {
    boolean failed() {
      return !error.isEmpty();
    }
  }

  /** Polls every active feed that is due and not being polled elsewhere, one after the other. */
  int pollDue() {
    int polled = 0;
    for (long id : subscriptions.listDueIds(clock.instant(), BATCH)) {
      // Each claim from the time it is made: a round of slow feeds must not start with stale ones.
      Instant now = clock.instant();
      Optional<FeedSubscription> claimed = subscriptions.claim(id, now, claimUntil(now), true);
      if (claimed.isPresent()) {
        poll(claimed.get());
        polled++;
      }
    }
    return polled;
  }

  /**
   * Polls one feed now, whether due or paused.
   *
   * @return empty when another poll of it is under way
   */
  Optional<Outcome> pollNow(long id) {
    Instant now = clock.instant();
    return subscriptions.claim(id, now, claimUntil(now), false).map(this::poll);
  }

  /** A claim outlives the longest poll, so that only a crashed poller's claims expire. */
  private Instant claimUntil(Instant now) {
    return now.plus(settings.timeout().multipliedBy(3)).plus(Duration.ofMinutes(1));
  }

  private Outcome poll(FeedSubscription subscription) {
    try {
      FeedFetcher.Fetched fetched =
          fetcher.fetch(subscription.url(), subscription.etag(), subscription.lastModified());
      return switch (fetched) {
        case FeedFetcher.NotModified same -> {
          succeeded(subscription, same.etag(), same.lastModified());
          yield new Outcome(0, true, "");
        }
        case FeedFetcher.Document document -> {
          // The file importer's reading: RSS, Atom or JSON Feed, DTDs never fetched; the section
          // is the subscription's business, decided when an item is republished.
          List<FeedEntry> entries = FeedFileImporter.read(document.body(), subscription.url(), "");
          int added =
              transactions.execute(
                  status -> {
                    int count = store(subscription, entries);
                    succeeded(subscription, document.etag(), document.lastModified());
                    return count;
                  });
          if (added > 0) {
            log.info("{} new items from {}", added, subscription.url());
          }
          yield new Outcome(added, false, "");
        }
      };
    } catch (FeedFetcher.FetchFailed | UnreadableText e) {
      return failed(subscription, e.getMessage());
    } catch (RuntimeException e) {
      // Whatever else breaks (the store included) is this feed's failure, never the round's.
      log.warn("Polling {} failed", subscription.url(), e);
      return failed(subscription, "unexpected error: " + e);
    }
  }

  private void succeeded(FeedSubscription subscription, String etag, String lastModified) {
    Instant now = clock.instant();
    subscriptions.recordSuccess(
        subscription.id(), etag, lastModified, now, now.plus(settings.pollInterval()));
  }

  private Outcome failed(FeedSubscription subscription, String error) {
    int failures = subscription.failures() + 1;
    Instant now = clock.instant();
    String reason = error.length() > 1000 ? error.substring(0, 1000) + "…" : error;
    try {
      subscriptions.recordFailure(
          subscription.id(), failures, reason, now, now.plus(settings.backOff(failures)));
    } catch (RuntimeException e) {
      log.error("Could not record the failed poll of {}", subscription.url(), e);
    }
    return new Outcome(0, false, reason);
  }

  private int store(FeedSubscription subscription, List<FeedEntry> entries) {
    int added = 0;
    Instant now = clock.instant();
    for (FeedEntry entry :
        entries.subList(0, Math.min(entries.size(), settings.maxItemsPerPoll()))) {
      String link = normalisedLink(entry.link());
      String guid = entry.guid().isEmpty() ? (link == null ? "" : link) : entry.guid();
      if (guid.isEmpty()) {
        // Neither GUID nor link: nothing to tell it from the next poll's copy.
        continue;
      }
      if (items.add(
          subscription.id(),
          cut(guid, 2000),
          link,
          cut(entry.post().title(), 500),
          cut(entry.post().standfirst(), 2000),
          // Relative addresses in the partner's HTML are made absolute against the item's link.
          Jsoup.clean(
              entry.post().body(), link == null ? subscription.url() : link, Safelist.relaxed()),
          cut(String.join(", ", entry.post().authorNames()), 500),
          entry.post().publishedAt(),
          now)) {
        added++;
      }
    }
    return added;
  }

  /**
   * The link as the queue keeps it: an absolute http(s) address without its fragment, or null. A
   * link that is not one (a relative or a {@code javascript:} address) is dropped, since it would
   * become the canonical address of a republished article.
   */
  static String normalisedLink(String link) {
    if (link == null || link.isBlank() || link.length() > 2000) {
      return null;
    }
    String typed = link.strip();
    try {
      URI uri = new URI(typed);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
        return null;
      }
    } catch (URISyntaxException e) {
      return null;
    }
    int fragment = typed.indexOf('#');
    return fragment < 0 ? typed : typed.substring(0, fragment);
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
