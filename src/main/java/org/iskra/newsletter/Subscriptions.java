package org.iskra.newsletter;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.iskra.article.ArticleCatalogue;
import org.iskra.article.ArticleView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Readers' subscriptions: double opt-in sign-up, confirmation, preferences and unsubscribing by
 * signed link, bounces and complaints, and staff sending an article. Sign-up behaves the same
 * whatever the address's state, so that nobody can learn from it who subscribes. Thread-safe; each
 * method is one transaction.
 */
@Service
public class Subscriptions {

  private static final Pattern ADDRESS =
      Pattern.compile("^[^@\\s<>\"(),;:]+@[^@\\s<>\"(),;:]+\\.[^@\\s<>\"(),;:]+$");

  private final Subscribers subscribers;
  private final MailQueue queue;
  private final LinkSigner signer;
  private final NewsletterSettings settings;
  private final ArticleCatalogue catalogue;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Subscriptions(
      Subscribers subscribers,
      MailQueue queue,
      LinkSigner signer,
      NewsletterSettings settings,
      ArticleCatalogue catalogue,
      ApplicationEventPublisher events,
      Clock clock) {
    this.subscribers = subscribers;
    this.queue = queue;
    this.signer = signer;
    this.settings = settings;
    this.catalogue = catalogue;
    this.events = events;
    this.clock = clock;
  }

  /** The address as stored: trimmed and lower-cased. */
  static String normalised(String email) {
    String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    if (address.length() > 254 || !ADDRESS.matcher(address).matches()) {
      throw new InvalidSignUp("Enter an e-mail address such as name@example.org.");
    }
    return address;
  }

  /**
   * Takes a sign-up. A new or unconfirmed address gets a confirmation mail; a subscribed one a
   * reminder with its preferences link instead (its choices are not changed by a stranger); a
   * bounced or complaining one nothing. No mail goes to the same address more often than {@code
   * resend-after}.
   *
   * @throws InvalidSignUp when the address is not one
   */
  @Transactional
  public void signUp(
      String email, Subscriber.Frequency frequency, List<String> sections, List<String> languages) {
    String address = normalised(email);
    Instant now = clock.instant();
    Subscriber subscriber = subscribers.findByEmail(address).orElse(null);
    if (subscriber == null) {
      subscriber = subscribers.insertPending(address, frequency, sections, languages, now);
    } else if (subscriber.status() == Subscriber.Status.PENDING
        || subscriber.status() == Subscriber.Status.UNSUBSCRIBED) {
      subscribers.updateChoices(subscriber.id(), frequency, sections, languages, now);
      subscribers.updateStatus(subscriber.id(), Subscriber.Status.PENDING, now);
    }
    if (subscriber.status().isBlocked()) {
      return;
    }
    if (subscriber.confirmSentAt() != null
        && subscriber.confirmSentAt().plus(settings.resendAfter()).isAfter(now)) {
      return;
    }
    subscribers.markConfirmSent(subscriber.id(), now);
    MailQueue.Message message = queue.insertMessage(MailQueue.Kind.CONFIRMATION, null, "", now);
    queue.enqueue(message.id(), List.of(subscriber.id()), now);
  }

  /**
   * Confirms the address the link was sent to, announcing {@link SubscriberConfirmed} the first
   * time; empty for a link that is not valid.
   */
  @Transactional
  public Optional<Subscriber> confirm(String token) {
    Optional<Subscriber> subscriber = verified(token, LinkSigner.Purpose.CONFIRM);
    subscriber
        .filter(s -> s.status() == Subscriber.Status.PENDING)
        .ifPresent(
            s -> {
              Instant now = clock.instant();
              if (!subscribers.activatePending(s.id(), now)) {
                return;
              }
              events.publishEvent(
                  new SubscriberConfirmed(
                      s.id(),
                      s.email(),
                      s.frequency().code(),
                      List.copyOf(s.sections()),
                      List.copyOf(s.languages()),
                      now));
            });
    return subscriber.flatMap(s -> subscribers.findById(s.id()));
  }

  /** The subscriber a preferences or unsubscribe link belongs to; empty when it is not valid. */
  public Optional<Subscriber> manage(String token) {
    return verified(token, LinkSigner.Purpose.MANAGE);
  }

  /** Unsubscribes the link's owner and cancels mail still queued; idempotent. */
  @Transactional
  public boolean unsubscribe(String token) {
    Optional<Subscriber> subscriber = verified(token, LinkSigner.Purpose.MANAGE);
    subscriber.ifPresent(
        s -> {
          if (!s.status().isBlocked()) {
            subscribers.updateStatus(s.id(), Subscriber.Status.UNSUBSCRIBED, clock.instant());
          }
          queue.cancelFor(s.id());
        });
    return subscriber.isPresent();
  }

  /** Changes the link owner's choices; false for a link that is not valid. */
  @Transactional
  public boolean updatePreferences(
      String token, Subscriber.Frequency frequency, List<String> sections, List<String> languages) {
    Optional<Subscriber> subscriber = verified(token, LinkSigner.Purpose.MANAGE);
    subscriber.ifPresent(
        s -> subscribers.updateChoices(s.id(), frequency, sections, languages, clock.instant()));
    return subscriber.isPresent();
  }

  /**
   * Records a hard bounce or a complaint: the address never receives mail again and its queued mail
   * is cancelled. Idempotent; unknown addresses are ignored.
   */
  @Transactional
  public boolean block(String email, Subscriber.Status status) {
    if (!status.isBlocked()) {
      throw new IllegalArgumentException(status + " is not a blocking status");
    }
    String address;
    try {
      address = normalised(email);
    } catch (InvalidSignUp e) {
      return false;
    }
    return subscribers
        .findByEmail(address)
        .map(
            s -> {
              subscribers.updateStatus(s.id(), status, clock.instant());
              queue.cancelFor(s.id());
              return true;
            })
        .orElse(false);
  }

  /**
   * Sends a published article to every active subscriber who reads its language. Sending the same
   * article again creates a new message; each message goes to each person once.
   *
   * @return how many mails were queued
   */
  @Transactional
  public int sendArticle(long articleId, String actor) {
    ArticleView article =
        catalogue
            .find(articleId)
            .filter(view -> view.article().isPublished())
            .orElseThrow(() -> new InvalidSignUp("Only a published article can be sent."));
    Instant now = clock.instant();
    MailQueue.Message message = queue.insertMessage(MailQueue.Kind.ARTICLE, articleId, actor, now);
    List<Long> readers =
        subscribers.listActive().stream()
            .filter(s -> s.wantsLanguage(article.article().language()))
            .map(Subscriber::id)
            .toList();
    return queue.enqueue(message.id(), readers, now);
  }

  public Map<Subscriber.Status, Long> counts() {
    return subscribers.countByStatus();
  }

  public List<Subscriber> recent(int limit) {
    return subscribers.listRecent(limit);
  }

  public Optional<Subscriber> find(long id) {
    return subscribers.findById(id);
  }

  /** Marks a subscriber bounced or complaining, from the desk. */
  @Transactional
  public boolean block(long id, Subscriber.Status status) {
    return subscribers.findById(id).map(s -> block(s.email(), status)).orElse(false);
  }

  /** How many queue rows are in each state. */
  public Map<String, Long> queueStatus() {
    return queue.countByStatus();
  }

  public List<NewsletterMessage> recentMessages(int limit) {
    return queue.listRecentMessages(limit).stream()
        .map(
            m ->
                new NewsletterMessage(
                    m.id(),
                    m.kind().name().toLowerCase(Locale.ROOT),
                    switch (m.kind()) {
                      case ARTICLE -> "article #" + m.articleId();
                      case DIGEST -> m.frequency() + " until " + m.periodUntil();
                      case CONFIRMATION -> "";
                    },
                    m.createdAt()))
        .toList();
  }

  /** Queues the 'uncertain' rows again: staff accept that some may arrive twice. */
  @Transactional
  public int requeueUncertain() {
    return queue.requeueUncertain(clock.instant());
  }

  private Optional<Subscriber> verified(String token, LinkSigner.Purpose purpose) {
    return LinkSigner.subscriberId(token).stream()
        .boxed()
        .findFirst()
        .flatMap(subscribers::findById)
        .filter(s -> signer.isValid(token, s, purpose));
  }
}
