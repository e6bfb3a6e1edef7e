package org.iskra.newsletter;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.iskra.publication.SiteSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.SmartLifecycle;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;

/**
 * Sends the mail queue, one mail at a time, at most {@code rate-per-minute}, on its own thread
 * while the server runs.
 *
 * <p>Each row goes queued → preparing (a compare-and-set, so of several servers only one takes it;
 * the mail is rendered, the SMTP server connected) → sending (a second compare-and-set, just before
 * the mail itself goes: MAIL, RCPT, DATA) → sent once the SMTP server accepted it. A refusal or an
 * unreachable server puts the row back with an exponential back-off, until {@code max-attempts}.
 * Stopping the server finishes the mail in hand and leaves the rest queued for the next start: a
 * restart loses and duplicates nothing.
 *
 * <p>A crash (SIGKILL, power cut) leaves the mail in hand open. Still 'preparing', it surely never
 * reached the SMTP server, so after {@link #UNSENT_AFTER} it is queued again and sent once. In
 * 'sending', the SMTP server may have accepted it; we cannot know. Such rows become 'uncertain'
 * after {@link #ABANDONED_AFTER} and are not sent again on their own (at most once: the newsletter
 * promises never to send the same mail twice); the desk shows them and can queue them again. The
 * Message-ID is the same on every attempt, so a mail queued again after all is recognisable as the
 * same mail.
 */
@Component
@ConditionalOnWebApplication
class NewsletterSender implements SmartLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(NewsletterSender.class);

  /**
   * A row left in 'sending' this long is taken as abandoned by a crashed sender: longer than any
   * SMTP conversation, so that a slow but live one is not declared uncertain under its sender.
   */
  static final Duration ABANDONED_AFTER = Duration.ofMinutes(5);

  /**
   * A row claimed this long ago and never handed over was left by a crashed sender (rendering takes
   * milliseconds). Queuing it again early is harmless: the hand-over is a compare-and-set on the
   * claim, so a sender that was merely slow finds its claim gone and sends nothing.
   */
  static final Duration UNSENT_AFTER = Duration.ofSeconds(30);

  private static final int BATCH = 50;

  private final MailQueue queue;
  private final Subscribers subscribers;
  private final NewsletterMail mail;
  private final SmtpMailer mailer;
  private final NewsletterSettings settings;
  private final Clock clock;
  private final String host;
  private final Object pause = new Object();
  private volatile boolean running;
  private Thread thread;

  NewsletterSender(
      MailQueue queue,
      Subscribers subscribers,
      NewsletterMail mail,
      SmtpMailer mailer,
      NewsletterSettings settings,
      SiteSettings site,
      Clock clock) {
    this.queue = queue;
    this.subscribers = subscribers;
    this.mail = mail;
    this.mailer = mailer;
    this.settings = settings;
    this.clock = clock;
    String siteHost = URI.create(site.baseUrl()).getHost();
    this.host = siteHost == null ? "iskra.invalid" : siteHost;
  }

  @Override
  public synchronized void start() {
    if (running || !settings.sending()) {
      return;
    }
    running = true;
    thread = Thread.ofPlatform().name("newsletter-sender").daemon().start(this::loop);
  }

  @Override
  public void stop() {
    Thread sending;
    synchronized (this) {
      running = false;
      sending = thread;
      thread = null;
    }
    synchronized (pause) {
      pause.notifyAll();
    }
    if (sending != null) {
      try {
        // The mail in hand is finished and recorded before the store closes; within the 20 s
        // shutdown phase (spring.lifecycle.timeout-per-shutdown-phase). A mail an SMTP server is
        // still taking after that stays 'sending', becomes 'uncertain' and is never resent on its
        // own (at most once, see ARCHITECTURE "Appeals, events and newsletters").
        sending.join(Duration.ofSeconds(15));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** Stops before the data source and web server do, starts after them. */
  @Override
  public int getPhase() {
    return Integer.MAX_VALUE - 1000;
  }

  private void loop() {
    long gap = 60_000L / Math.max(1, settings.ratePerMinute());
    while (running) {
      try {
        Instant now = clock.instant();
        queue.requeueUnsent(now.minus(UNSENT_AFTER), now);
        queue.markAbandoned(now.minus(ABANDONED_AFTER));
        List<Long> due = queue.listDue(clock.instant(), BATCH);
        if (due.isEmpty()) {
          sleep(settings.pollInterval().toMillis());
          continue;
        }
        for (Long id : due) {
          if (!running) {
            return;
          }
          if (sendOne(id)) {
            sleep(gap);
          }
        }
      } catch (RuntimeException e) {
        LOG.error("The newsletter sender failed; trying again shortly", e);
        sleep(settings.pollInterval().toMillis());
      }
    }
  }

  /** Sends one queued row; true when a mail was handed to the SMTP server (or tried). */
  boolean sendOne(long id) {
    if (!queue.claim(id, clock.instant())) {
      return false;
    }
    MailQueue.Row row = queue.find(id).orElseThrow();
    Optional<Subscriber> subscriber = subscribers.findById(row.subscriberId());
    Optional<MailQueue.Message> message = queue.findMessage(row.messageId());
    Optional<NewsletterMail.Outgoing> outgoing =
        subscriber.flatMap(s -> message.flatMap(m -> mail.render(m, s)));
    if (outgoing.isEmpty()) {
      queue.finish(id, "cancelled", "no longer applies");
      return false;
    }
    String messageId =
        "<newsletter." + row.messageId() + "." + row.subscriberId() + "@" + host + ">";
    SmtpMailer.Handover handover;
    try {
      handover = mailer.connect(subscriber.get().email(), messageId, outgoing.get());
    } catch (MailException e) {
      retryOrFail(row, e);
      return true;
    }
    try (handover) {
      // Up to here a crash leaves a row that is safely sent again (the SMTP server is connected
      // and greeted, but has not seen the mail); from here until 'sent' is recorded, one whose
      // fate only the SMTP server knows.
      if (!queue.handOver(id, row.attempts(), clock.instant())) {
        return false;
      }
      handover.send();
      queue.markSent(id, clock.instant());
    } catch (MailException e) {
      retryOrFail(row, e);
    }
    return true;
  }

  private void retryOrFail(MailQueue.Row row, MailException e) {
    long id = row.id();
    String error = String.valueOf(e.getMessage());
    if (row.attempts() >= settings.maxAttempts()) {
      queue.finish(id, "failed", error);
      LOG.warn("Gave up on mail {} after {} attempts: {}", id, row.attempts(), error);
    } else {
      Duration wait = settings.retryAfter().multipliedBy(1L << Math.min(20, row.attempts() - 1));
      queue.retryAt(id, clock.instant().plus(wait), error);
      LOG.info("Mail {} not accepted ({}); retrying in {}", id, error, wait);
    }
  }

  private void sleep(long millis) {
    if (millis <= 0) {
      return;
    }
    synchronized (pause) {
      if (!running) {
        return;
      }
      try {
        pause.wait(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        running = false;
      }
    }
  }
}
