package org.iskra.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins (wrong passwords, wrong one-time codes) per account and per client address
 * over a sliding minute. Once {@value #FAILURES_ALLOWED} failures are counted for either, further
 * attempts are refused without checking anything until the oldest of them is a minute old.
 *
 * <p>In memory and per node: a restart or another node starts counting afresh, which bounds an
 * attacker to a few guesses a minute per node, not to zero. Memory is bounded; a flood of made-up
 * addresses evicts old entries, but not before each address is refused after nine failures.
 * Thread-safe.
 */
@Component
class SignInThrottle {

  /** Failures that are answered normally; the next attempt within the window is refused. */
  static final int FAILURES_ALLOWED = 9;

  static final Duration WINDOW = Duration.ofMinutes(1);

  /** Why an attempt is refused, for how long, and whether this refusal should be reported. */
  record Refusal(String limitedBy, Duration retryAfter, boolean report) {
    long retryAfterSeconds() {
      long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
      return Math.max(1, seconds);
    }
  }

  private final Clock clock;
  private final Cache<String, Failures> byAccount;
  private final Cache<String, Failures> byAddress;

  SignInThrottle(Clock clock) {
    this.clock = clock;
    this.byAccount = cache(clock);
    this.byAddress = cache(clock);
  }

  private static Cache<String, Failures> cache(Clock clock) {
    // Expiry only frees memory: an entry accessed within the window is kept, and the decision is
    // made from its timestamps, not from whether Caffeine still holds it.
    return Caffeine.newBuilder()
        .expireAfterAccess(WINDOW)
        .maximumSize(100_000)
        .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
        .build();
  }

  /**
   * Whether an attempt for this account from this address must be refused now. Only the first
   * refusal per account or address in a window is marked to be reported, so a client hammering the
   * form cannot flood the logs.
   *
   * @param email the normalised address typed, or empty when unknown
   */
  Optional<Refusal> check(String email, String clientAddress) {
    Instant now = clock.instant();
    Optional<Refusal> account = refusal("account", byAccount, email, now);
    Optional<Refusal> address = refusal("address", byAddress, clientAddress, now);
    if (account.isEmpty() || address.isEmpty()) {
      return account.isPresent() ? account : address;
    }
    // Both limits hit: ask for the longer wait, so that the retry is not refused again.
    Refusal longer =
        account.get().retryAfter().compareTo(address.get().retryAfter()) >= 0
            ? account.get()
            : address.get();
    return Optional.of(
        new Refusal(
            longer.limitedBy(),
            longer.retryAfter(),
            account.get().report() || address.get().report()));
  }

  /** Counts a failed attempt against the account and the address. */
  void recordFailure(String email, String clientAddress) {
    Instant now = clock.instant();
    record(byAccount, email, now);
    record(byAddress, clientAddress, now);
  }

  /**
   * Forgets the account's failures after a successful sign-in. The address's are kept: an attacker
   * who holds one valid account must not be able to reset the count for their guesses at others.
   */
  void recordSuccess(String email) {
    if (!email.isEmpty()) {
      byAccount.invalidate(email);
    }
  }

  /** Forgets everything; for tests that share one application. */
  void clear() {
    byAccount.invalidateAll();
    byAddress.invalidateAll();
  }

  private static Optional<Refusal> refusal(
      String limitedBy, Cache<String, Failures> cache, String key, Instant now) {
    if (key == null || key.isEmpty()) {
      return Optional.empty();
    }
    Failures failures = cache.getIfPresent(key);
    return failures == null ? Optional.empty() : failures.refusal(limitedBy, now);
  }

  private static void record(Cache<String, Failures> cache, String key, Instant now) {
    if (key != null && !key.isEmpty()) {
      cache.get(key, k -> new Failures()).add(now);
    }
  }

  /** The latest failures of one key, at most as many as decide a refusal. */
  private static final class Failures {
    private final ArrayDeque<Instant> times = new ArrayDeque<>();
    private Instant reportedAt = Instant.MIN;

    synchronized void add(Instant at) {
      times.addLast(at);
      while (times.size() > FAILURES_ALLOWED) {
        times.removeFirst();
      }
    }

    synchronized Optional<Refusal> refusal(String limitedBy, Instant now) {
      Instant windowStart = now.minus(WINDOW);
      while (!times.isEmpty() && !times.peekFirst().isAfter(windowStart)) {
        times.removeFirst();
      }
      if (times.size() < FAILURES_ALLOWED) {
        return Optional.empty();
      }
      boolean report = !reportedAt.isAfter(windowStart);
      if (report) {
        reportedAt = now;
      }
      return Optional.of(
          new Refusal(limitedBy, Duration.between(now, times.peekFirst().plus(WINDOW)), report));
    }
  }
}
