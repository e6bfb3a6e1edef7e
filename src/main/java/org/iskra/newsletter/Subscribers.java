package org.iskra.newsletter;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The store of subscribers. Thread-safe; writes join the caller's transaction. */
interface Subscribers {

  /** Adds a pending subscriber unless the address is already known; returns the stored row. */
  Subscriber insertPending(
      String email,
      Subscriber.Frequency frequency,
      List<String> sections,
      List<String> languages,
      Instant now);

  Optional<Subscriber> findById(long id);

  Optional<Subscriber> findByEmail(String email);

  void updateChoices(
      long id,
      Subscriber.Frequency frequency,
      List<String> sections,
      List<String> languages,
      Instant now);

  /** Changes the status; returns false when the subscriber is missing. */
  boolean updateStatus(long id, Subscriber.Status status, Instant now);

  /**
   * Makes a pending subscriber active, a compare-and-set on the status: of two confirmations racing
   * each other only one gets true.
   */
  boolean activatePending(long id, Instant now);

  void markConfirmSent(long id, Instant now);

  List<Subscriber> listActive(Subscriber.Frequency frequency);

  List<Subscriber> listActive();

  List<Subscriber> listRecent(int limit);

  Map<Subscriber.Status, Long> countByStatus();
}
