package org.iskra.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The sliding minute of {@link SignInThrottle}, on a clock the test moves. */
class SignInThrottleTests {

  static final class MovableClock extends Clock {
    private Instant now = Instant.parse("2026-11-26T12:00:00Z");

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  final MovableClock clock = new MovableClock();
  final SignInThrottle throttle = new SignInThrottle(clock);

  @Test
  void nineFailuresAreAnsweredAndTheTenthAttemptIsRefusedUntilTheFirstIsAMinuteOld() {
    for (int i = 0; i < 9; i++) {
      assertThat(throttle.check("rosa@example.org", "10.0.0.1")).as("attempt %d", i + 1).isEmpty();
      throttle.recordFailure("rosa@example.org", "10.0.0.1");
      clock.advance(Duration.ofSeconds(5));
    }
    // The first failure was 45 s ago: 15 s to wait.
    SignInThrottle.Refusal refusal = throttle.check("rosa@example.org", "10.0.0.9").orElseThrow();
    assertThat(refusal.limitedBy()).isEqualTo("account");
    assertThat(refusal.retryAfterSeconds()).isEqualTo(15);
    assertThat(refusal.report()).isTrue();
    assertThat(throttle.check("rosa@example.org", "10.0.0.9").orElseThrow().report())
        .as("reported once per window")
        .isFalse();

    clock.advance(Duration.ofSeconds(14));
    assertThat(throttle.check("rosa@example.org", "10.0.0.9")).isPresent();
    clock.advance(Duration.ofSeconds(1));
    assertThat(throttle.check("rosa@example.org", "10.0.0.9"))
        .as("the first failure has left the window")
        .isEmpty();

    throttle.recordFailure("rosa@example.org", "10.0.0.1");
    assertThat(throttle.check("rosa@example.org", "10.0.0.9"))
        .as("nine failures within the last minute again")
        .isPresent();
  }

  @Test
  void failuresFromOneAddressAgainstManyAccountsAreCountedTogether() {
    for (int i = 0; i < 9; i++) {
      throttle.recordFailure("guess" + i + "@example.org", "10.0.0.2");
    }
    SignInThrottle.Refusal refusal = throttle.check("clara@example.org", "10.0.0.2").orElseThrow();
    assertThat(refusal.limitedBy()).isEqualTo("address");
    assertThat(refusal.retryAfterSeconds()).isEqualTo(60);
    assertThat(throttle.check("clara@example.org", "10.0.0.3")).isEmpty();
  }

  @Test
  void aSuccessForgetsTheAccountsFailuresButNotTheAddresss() {
    for (int i = 0; i < 9; i++) {
      throttle.recordFailure("rosa@example.org", "10.0.0.4");
    }
    throttle.recordSuccess("rosa@example.org");

    assertThat(throttle.check("rosa@example.org", "10.0.0.5")).isEmpty();
    assertThat(throttle.check("rosa@example.org", "10.0.0.4").orElseThrow().limitedBy())
        .isEqualTo("address");
  }

  @Test
  void failuresOlderThanAMinuteDoNotCount() {
    for (int i = 0; i < 8; i++) {
      throttle.recordFailure("rosa@example.org", "10.0.0.6");
    }
    clock.advance(Duration.ofSeconds(60));
    throttle.recordFailure("rosa@example.org", "10.0.0.6");
    assertThat(throttle.check("rosa@example.org", "10.0.0.6")).isEmpty();
  }
}
