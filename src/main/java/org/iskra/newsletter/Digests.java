package org.iskra.newsletter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import org.iskra.publication.PublicationProfile;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans the daily and weekly digests: at {@code digest-time} (in the publication's zone; weekly on
 * {@code weekly-digest-day}) one digest message per frequency covers the articles published since
 * the previous one, and is queued for every active subscriber of that frequency. Which articles a
 * subscriber gets (their sections and languages) is decided when the mail is rendered; a subscriber
 * with nothing new gets nothing. A period is planned once (unique in the store), so a restart or a
 * second server never plans it again.
 */
@Component
@ConditionalOnWebApplication
class Digests {

  private final MailQueue queue;
  private final Subscribers subscribers;
  private final NewsletterSettings settings;
  private final PublicationProfile publication;
  private final Clock clock;

  Digests(
      MailQueue queue,
      Subscribers subscribers,
      NewsletterSettings settings,
      PublicationProfile publication,
      Clock clock) {
    this.queue = queue;
    this.subscribers = subscribers;
    this.settings = settings;
    this.publication = publication;
    this.clock = clock;
  }

  @Scheduled(
      initialDelayString = "${iskra.newsletter.digest-check-initial-delay:1m}",
      fixedDelayString = "${iskra.newsletter.digest-check-interval:1m}")
  void planScheduled() {
    planDue(clock.instant());
  }

  /**
   * Plans the digests whose time has come by {@code now} and that are not planned yet. The mails
   * are due at once, whatever {@code now} says.
   *
   * @return how many mails were queued
   */
  @Transactional
  public int planDue(Instant now) {
    int queued = 0;
    for (Subscriber.Frequency frequency : Subscriber.Frequency.values()) {
      Instant slot = latestSlot(frequency, now);
      Optional<Instant> last = queue.lastDigestUntil(frequency.code());
      if (last.isPresent() && !last.get().isBefore(slot)) {
        continue;
      }
      Instant from = last.orElse(slot.minus(period(frequency)));
      Instant planned = clock.instant();
      Optional<MailQueue.Message> digest =
          queue.insertDigest(frequency.code(), from, slot, planned);
      if (digest.isPresent()) {
        queued +=
            queue.enqueue(
                digest.get().id(),
                subscribers.listActive(frequency).stream().map(Subscriber::id).toList(),
                planned);
      }
    }
    return queued;
  }

  private Instant latestSlot(Subscriber.Frequency frequency, Instant now) {
    ZoneId zone = publication.current().zone();
    ZonedDateTime local = now.atZone(zone);
    ZonedDateTime slot = local.toLocalDate().atTime(settings.digestTime()).atZone(zone);
    if (frequency == Subscriber.Frequency.WEEKLY) {
      slot = slot.with(TemporalAdjusters.previousOrSame(settings.weeklyDigestDay()));
    }
    if (slot.isAfter(local)) {
      slot = frequency == Subscriber.Frequency.WEEKLY ? slot.minusWeeks(1) : slot.minusDays(1);
    }
    return slot.toInstant();
  }

  private static Duration period(Subscriber.Frequency frequency) {
    return frequency == Subscriber.Frequency.WEEKLY ? Duration.ofDays(7) : Duration.ofDays(1);
  }
}
