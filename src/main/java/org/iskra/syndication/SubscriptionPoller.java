package org.iskra.syndication;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Polls the partner feeds that are due, every {@code iskra.syndication.check-interval}; only the
 * server does, never a command. What is due is in the database, so a restart misses nothing.
 */
@Component
@ConditionalOnWebApplication
class SubscriptionPoller {

  private static final Logger log = LoggerFactory.getLogger(SubscriptionPoller.class);

  private final FeedPolling polling;

  SubscriptionPoller(FeedPolling polling) {
    this.polling = polling;
  }

  @Scheduled(
      initialDelayString = "${iskra.syndication.check-interval:30s}",
      fixedDelayString = "${iskra.syndication.check-interval:30s}")
  void pollDue() {
    try {
      polling.pollDue();
    } catch (RuntimeException e) {
      // Listing the due feeds failed (the store is down): the next round tries again.
      log.error("Could not poll partner feeds", e);
    }
  }
}
