package org.iskra.newsletter;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The store of newsletter messages and the outgoing queue. Thread-safe. Each queue transition is a
 * single-statement compare-and-set on the row's status, so that of several senders only one sends a
 * row.
 */
interface MailQueue {

  /** Message kinds. */
  enum Kind {
    CONFIRMATION,
    ARTICLE,
    DIGEST
  }

  /** A message as stored; bodies are rendered per recipient when sent. */
  record Message(
      long id,
      Kind kind,
      Long articleId,
      String frequency,
      Instant periodFrom,
      Instant periodUntil,
      Instant createdAt) {}

  /** A queue row. */
  record Row(long id, long messageId, long subscriberId, String status, int attempts) {}

  Message insertMessage(Kind kind, Long articleId, String createdBy, Instant now);

  /** A digest of the period, or empty when it was already planned. */
  Optional<Message> insertDigest(String frequency, Instant from, Instant until, Instant now);

  /** The end of the latest digest of this frequency. */
  Optional<Instant> lastDigestUntil(String frequency);

  Optional<Message> findMessage(long id);

  /** Queues the message for these subscribers, skipping any it is already queued for. */
  int enqueue(long messageId, Collection<Long> subscriberIds, Instant now);

  /** Queued rows due at {@code now}, oldest first. */
  List<Long> listDue(Instant now, int limit);

  /**
   * queued → preparing (and one more attempt); false when another sender took the row first. A
   * preparing row has surely not reached the SMTP server.
   */
  boolean claim(long id, Instant now);

  /**
   * preparing → sending, the last step before the mail goes to the SMTP server; a compare-and-set
   * on the claim ({@code attempts} as read after claiming), so a sender whose claim was given up
   * ({@link #requeueUnsent}) and taken by another sends nothing. False when refused.
   */
  boolean handOver(long id, int attempts, Instant now);

  Optional<Row> find(long id);

  /** sending → sent. */
  void markSent(long id, Instant now);

  /** preparing or sending → queued, due again at {@code next}. */
  void retryAt(long id, Instant next, String error);

  /** preparing or sending → failed or cancelled, for good. */
  void finish(long id, String status, String error);

  /**
   * Rows claimed before {@code claimedBefore} and never handed over (their sender died while
   * preparing them) are queued again, due at {@code now}: they cannot have been sent, so sending
   * them now sends them once. Returns how many.
   */
  int requeueUnsent(Instant claimedBefore, Instant now);

  /**
   * Rows left in 'sending' since before {@code handedOverBefore} (a crash between handing the mail
   * to the SMTP server and recording it) become 'uncertain'; returns how many.
   */
  int markAbandoned(Instant handedOverBefore);

  /** Uncertain rows back to queued, when staff decide to send them after all. */
  int requeueUncertain(Instant now);

  /** Queued and sending rows of this subscriber become cancelled. */
  void cancelFor(long subscriberId);

  Map<String, Long> countByStatus();

  /**
   * How many rows are in each of these statuses (each present, 0 when none): one query on the
   * status index, never a scan of the sent mail.
   */
  Map<String, Long> countIn(Collection<String> statuses);

  List<Message> listRecentMessages(int limit);
}
