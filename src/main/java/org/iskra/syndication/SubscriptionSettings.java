package org.iskra.syndication;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How partner feeds are polled ({@code iskra.syndication.*}).
 *
 * @param allowPrivateAddresses fetch feeds from loopback, link-local and private addresses too: for
 *     an administrator whose partners live on the internal network, never the default
 * @param pollInterval how long after a good poll a feed is polled again
 * @param checkInterval how often the server looks for feeds that are due
 * @param retryBase the wait after a first failure; it doubles with each further failure in a row
 * @param retryCap the longest wait between failing polls
 * @param connectTimeout to open a connection
 * @param timeout for a whole download, redirects and body included
 * @param maxFeedSize the largest feed read; a larger one is refused without reading further
 * @param maxRedirects redirects followed per poll, each to an address checked again
 * @param maxItemsPerPoll entries taken from one poll, the feed's first (usually newest) ones
 */
@ConfigurationProperties("iskra.syndication")
public record SubscriptionSettings(
    @DefaultValue("false") boolean allowPrivateAddresses,
    @DefaultValue("15m") Duration pollInterval,
    @DefaultValue("30s") Duration checkInterval,
    @DefaultValue("5m") Duration retryBase,
    @DefaultValue("6h") Duration retryCap,
    @DefaultValue("5s") Duration connectTimeout,
    @DefaultValue("20s") Duration timeout,
    @DefaultValue("5MB") DataSize maxFeedSize,
    @DefaultValue("5") int maxRedirects,
    @DefaultValue("200") int maxItemsPerPoll) {

  /** The setting that allows private addresses, named in refusals. */
  static final String ALLOW_PRIVATE = "iskra.syndication.allow-private-addresses";

  public SubscriptionSettings {
    if (maxFeedSize.toBytes() < 1 || maxFeedSize.toBytes() > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(
          "iskra.syndication.max-feed-size must be between 1 byte and 2 GB, not " + maxFeedSize);
    }
  }

  /** The wait before the next poll after {@code failures} failures in a row (at least one). */
  Duration backOff(int failures) {
    Duration wait = retryBase.multipliedBy(1L << Math.min(Math.max(failures, 1) - 1, 20));
    return wait.compareTo(retryCap) > 0 ? retryCap : wait;
  }
}
