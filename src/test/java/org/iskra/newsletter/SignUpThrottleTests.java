package org.iskra.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignUpThrottleTests {

  static NewsletterSettings settings(int perAddress, int perClient) {
    return new NewsletterSettings(
        "newsletter@example.org",
        60,
        Duration.ofSeconds(1),
        6,
        Duration.ofMinutes(1),
        LocalTime.of(7, 0),
        DayOfWeek.MONDAY,
        "",
        "",
        perAddress,
        perClient,
        Duration.ofHours(1),
        true,
        List.of());
  }

  @Test
  void eachClientAndEachAddressHasItsShareAnHour() {
    SignUpThrottle throttle = new SignUpThrottle(settings(2, 3));
    assertThat(throttle.allowClient("192.0.2.1")).isTrue();
    assertThat(throttle.allowClient("192.0.2.1")).isTrue();
    assertThat(throttle.allowClient("192.0.2.1")).isTrue();
    assertThat(throttle.allowClient("192.0.2.1")).isFalse();
    assertThat(throttle.allowClient("192.0.2.2")).as("another client").isTrue();

    assertThat(throttle.allowAddress("a@example.org")).isTrue();
    assertThat(throttle.allowAddress("a@example.org")).isTrue();
    assertThat(throttle.allowAddress("a@example.org")).isFalse();
    assertThat(throttle.allowAddress("b@example.org")).isTrue();
  }
}
