package org.iskra.article;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Publishes scheduled articles when their time comes. The schedule lives in the database, not in
 * memory, so a restart loses nothing: the first run after start-up publishes whatever fell due
 * while the server was down. Each article is flipped by a compare-and-set on its version, so it is
 * published exactly once even with several servers on one PostgreSQL. Only the server runs it, not
 * the commands.
 */
@Configuration
@EnableScheduling
@ConditionalOnWebApplication
class ScheduledPublishing {

  private static final Logger LOG = LoggerFactory.getLogger(ScheduledPublishing.class);

  /** Articles published per run; the rest wait for the next run, seconds later. */
  private static final int BATCH = 100;

  private final Articles articles;
  private final ArticlePublisher publisher;
  private final Clock clock;

  ScheduledPublishing(Articles articles, ArticlePublisher publisher, Clock clock) {
    this.articles = articles;
    this.publisher = publisher;
    this.clock = clock;
  }

  @Scheduled(
      initialDelayString = "${iskra.schedule.initial-delay:1s}",
      fixedDelayString = "${iskra.schedule.check-interval:10s}")
  void publishDue() {
    for (Articles.DueArticle due : articles.listDue(clock.instant(), BATCH)) {
      try {
        if (publisher.publishDue(due)) {
          LOG.info("Published scheduled article {}", due.id());
        }
      } catch (RuntimeException e) {
        // One broken article must not hold back the others due now.
        LOG.error("Could not publish scheduled article {}", due.id(), e);
      }
    }
  }
}
