package org.iskra.campaign;

import java.time.Clock;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.iskra.campaign.DonationEvents.DonationRecorded;
import org.iskra.campaign.DonationEvents.DonationRefunded;
import org.iskra.slug.Slug;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appeals and their money: creating and editing appeals, recording donations and refunds from the
 * desk or the payment provider, and progress. Every total is in the appeal's own currency; an
 * amount in another currency is refused, never converted. Thread-safe; each method is one
 * transaction.
 */
@Service
public class Fundraising {

  /** What a payment delivery did. */
  public enum Outcome {
    RECORDED,
    /** The payment id was already recorded: nothing changed. */
    DUPLICATE
  }

  private final Appeals appeals;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Fundraising(Appeals appeals, ApplicationEventPublisher events, Clock clock) {
    this.appeals = appeals;
    this.events = events;
    this.clock = clock;
  }

  /**
   * A new appeal. {@code target} is a decimal amount ("10000.00").
   *
   * @throws InvalidAppeal when a field is missing or not an amount in the currency
   */
  @Transactional
  public Appeal create(
      String name,
      String description,
      String target,
      String currency,
      Instant startsAt,
      Instant endsAt) {
    Currency money = Money.currency(currency);
    String title = required(name, "name");
    String slug = freeSlug(Slug.from(title), -1);
    return appeals.insert(
        new Appeal(
            0,
            slug,
            title,
            description == null ? "" : description.strip(),
            target(target, money),
            money.getCurrencyCode(),
            startsAt == null ? clock.instant() : startsAt,
            checkedEnd(startsAt, endsAt)),
        clock.instant());
  }

  /** Changes an appeal; its currency stays the one it was created with, so totals never mix. */
  @Transactional
  public Appeal update(
      long id, String name, String description, String target, Instant startsAt, Instant endsAt) {
    Appeal old = get(id);
    Currency money = Money.currency(old.currency());
    Instant start = startsAt == null ? old.startsAt() : startsAt;
    Appeal changed =
        new Appeal(
            id,
            old.slug(),
            required(name, "name"),
            description == null ? "" : description.strip(),
            target(target, money),
            old.currency(),
            start,
            checkedEnd(start, endsAt));
    appeals.update(changed, clock.instant());
    events.publishEvent(new AppealChanged(id, java.util.Set.of()));
    return get(id);
  }

  /**
   * Records a gift or a refund that staff received by other means. {@code amount} is a positive
   * decimal amount; a refund subtracts it.
   *
   * @throws InvalidAppeal when the currency is not the appeal's or the amount is not positive
   */
  @Transactional
  public void recordByHand(
      long appealId, String amount, String currency, String donor, String actor, boolean refund) {
    Appeal appeal = get(appealId);
    Currency money = sameCurrency(appeal, currency);
    long minor = Money.minorUnits(amount == null ? "" : amount, money);
    if (minor <= 0) {
      throw new InvalidAppeal("The amount must be more than zero.");
    }
    Instant now = clock.instant();
    appeals.addDonation(
        appealId,
        refund ? -minor : minor,
        money.getCurrencyCode(),
        null,
        donor == null ? "" : donor.strip(),
        actor,
        now);
    events.publishEvent(
        refund
            ? new DonationRefunded(
                appealId, appeal.slug(), minor, money.getCurrencyCode(), null, null, now)
            : new DonationRecorded(
                appealId, appeal.slug(), minor, money.getCurrencyCode(), null, now));
    events.publishEvent(new AppealChanged(appealId, java.util.Set.of()));
  }

  /**
   * Records a payment the provider confirmed. Idempotent: a payment id counts once however often it
   * is delivered.
   *
   * @throws InvalidAppeal for an unknown appeal, another currency or a non-positive amount
   */
  @Transactional
  public Outcome recordPayment(
      String paymentId, String appealSlug, long amountMinor, String currency, String donor) {
    Appeal appeal =
        appeals
            .findBySlug(appealSlug == null ? "" : appealSlug)
            .orElseThrow(() -> new InvalidAppeal("Unknown appeal: " + appealSlug));
    Currency money = sameCurrency(appeal, currency);
    if (amountMinor <= 0) {
      throw new InvalidAppeal("A payment's amount must be more than zero.");
    }
    Instant now = clock.instant();
    String id = required(paymentId, "payment id");
    boolean added =
        appeals.addDonation(
            appeal.id(),
            amountMinor,
            money.getCurrencyCode(),
            id,
            donor == null ? "" : donor,
            "",
            now);
    if (added) {
      events.publishEvent(
          new DonationRecorded(
              appeal.id(), appeal.slug(), amountMinor, money.getCurrencyCode(), id, now));
      events.publishEvent(new AppealChanged(appeal.id(), java.util.Set.of()));
    }
    return added ? Outcome.RECORDED : Outcome.DUPLICATE;
  }

  /**
   * Records a refund of a recorded payment; it reduces the appeal's total. Idempotent on the refund
   * id. A refund may not exceed the payment.
   */
  @Transactional
  public Outcome recordRefund(
      String refundId, String paymentId, long amountMinor, String currency) {
    Donation payment =
        appeals
            .findDonationByPaymentId(paymentId == null ? "" : paymentId)
            .filter(d -> d.amountMinor() > 0)
            .orElseThrow(() -> new InvalidAppeal("Unknown payment: " + paymentId));
    Appeal appeal = get(payment.appealId());
    Currency money = sameCurrency(appeal, currency);
    if (amountMinor <= 0 || amountMinor > payment.amountMinor()) {
      throw new InvalidAppeal("A refund must be more than zero and at most the payment.");
    }
    Instant now = clock.instant();
    String id = required(refundId, "refund id");
    boolean added =
        appeals.addDonation(
            appeal.id(), -amountMinor, money.getCurrencyCode(), id, payment.donor(), "", now);
    if (added) {
      events.publishEvent(
          new DonationRefunded(
              appeal.id(),
              appeal.slug(),
              amountMinor,
              money.getCurrencyCode(),
              id,
              payment.paymentId(),
              now));
      events.publishEvent(new AppealChanged(appeal.id(), java.util.Set.of()));
    }
    return added ? Outcome.RECORDED : Outcome.DUPLICATE;
  }

  /** The appeal's progress as of now: read from the store on every call, never cached. */
  public AppealProgress progress(Appeal appeal) {
    return appeals.progress(appeal);
  }

  /**
   * A page of appeals with their progress for the Content API: those with this status now (any when
   * null), by start, latest first unless {@code oldestFirst}, strictly after the position ({@code
   * afterStart}, {@code afterId}) of the last appeal of the previous page, or from the start when
   * {@code afterStart} is null; at most {@code limit}. Two queries whatever the limit.
   */
  @Transactional(readOnly = true)
  public List<AppealProgress> pageAfter(
      Appeal.Status status, boolean oldestFirst, Instant afterStart, long afterId, int limit) {
    return appeals.progress(
        appeals.listPage(status, clock.instant(), oldestFirst, afterStart, afterId, limit));
  }

  public Optional<Appeal> findBySlug(String slug) {
    return appeals.findBySlug(slug);
  }

  public Optional<Appeal> findById(long id) {
    return appeals.findById(id);
  }

  /**
   * @throws InvalidAppeal when there is no such appeal
   */
  public Appeal get(long id) {
    return appeals.findById(id).orElseThrow(() -> new InvalidAppeal("No appeal " + id));
  }

  public List<Appeal> list() {
    return appeals.listAll();
  }

  public List<Donation> recentDonations(long appealId, int limit) {
    return appeals.listDonations(appealId, limit);
  }

  /** The appeal whose progress the article carries, if any. */
  public Optional<Appeal> appealOf(long articleId) {
    return appeals.findByArticle(articleId);
  }

  /** Of these articles, those an appeal is linked to; one query whatever their number. */
  public java.util.Set<Long> articlesWithAppeal(java.util.Collection<Long> articleIds) {
    return appeals.listLinkedArticleIds(articleIds);
  }

  public List<Long> articlesOf(long appealId) {
    return appeals.listArticleIds(appealId);
  }

  /** The linked article ids of each appeal (absent when none), in one query. */
  public java.util.Map<Long, List<Long>> articlesOf(java.util.Collection<Long> appealIds) {
    return appeals.listArticleIds(appealIds);
  }

  /** Makes the article carry the appeal's progress block, replacing any other appeal. */
  @Transactional
  public void link(long articleId, long appealId) {
    get(appealId);
    appeals
        .findByArticle(articleId)
        .ifPresent(
            old -> events.publishEvent(new AppealChanged(old.id(), java.util.Set.of(articleId))));
    appeals.linkArticle(articleId, appealId);
    events.publishEvent(new AppealChanged(appealId, java.util.Set.of(articleId)));
  }

  @Transactional
  public void unlink(long articleId) {
    appeals
        .findByArticle(articleId)
        .ifPresent(
            old -> events.publishEvent(new AppealChanged(old.id(), java.util.Set.of(articleId))));
    appeals.unlinkArticle(articleId);
  }

  private static Currency sameCurrency(Appeal appeal, String currency) {
    Currency given = Money.currency(currency == null ? "" : currency);
    if (!given.getCurrencyCode().equals(appeal.currency())) {
      throw new InvalidAppeal(
          "This appeal collects "
              + appeal.currency()
              + "; an amount in "
              + given.getCurrencyCode()
              + " cannot be added to its total.");
    }
    return given;
  }

  private static long target(String target, Currency money) {
    long minor = Money.minorUnits(target == null ? "" : target, money);
    if (minor <= 0) {
      throw new InvalidAppeal("The target must be more than zero.");
    }
    return minor;
  }

  private static Instant checkedEnd(Instant start, Instant end) {
    if (end != null && start != null && end.isBefore(start)) {
      throw new InvalidAppeal("The appeal cannot end before it starts.");
    }
    return end;
  }

  private static String required(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new InvalidAppeal("The " + what + " is required.");
    }
    return value.strip();
  }

  private String freeSlug(String base, long exceptId) {
    String slug = base.isEmpty() ? "appeal" : base;
    String candidate = slug;
    for (int n = 2;
        appeals.findBySlug(candidate).filter(a -> a.id() != exceptId).isPresent();
        n++) {
      candidate = slug + "-" + n;
    }
    return candidate;
  }
}
