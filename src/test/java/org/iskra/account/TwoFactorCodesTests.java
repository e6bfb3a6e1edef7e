package org.iskra.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** TOTP codes as authenticator apps compute them, one period of drift either way, no replays. */
class TwoFactorCodesTests {

  final SignInThrottleTests.MovableClock clock = new SignInThrottleTests.MovableClock();
  final TwoFactorCodes codes = new TwoFactorCodes(clock);
  final String secret = codes.newSecret();

  String codeAt(Duration offset) throws Exception {
    long counter = clock.instant().plus(offset).getEpochSecond() / TwoFactorCodes.PERIOD_SECONDS;
    return new DefaultCodeGenerator().generate(secret, counter);
  }

  @Test
  void acceptsTheCurrentCodeAndItsNeighboursOnly() throws Exception {
    assertThat(secret).matches("[A-Z2-7]{32}");
    assertThat(codes.matches(secret, codeAt(Duration.ZERO))).isTrue();
    assertThat(codes.matches(secret, codeAt(Duration.ofSeconds(-30)))).isTrue();
    assertThat(codes.matches(secret, codeAt(Duration.ofSeconds(30)))).isTrue();
    assertThat(codes.matches(secret, codeAt(Duration.ofSeconds(-90)))).isFalse();
    String code = codeAt(Duration.ZERO);
    assertThat(codes.matches(secret, code.substring(0, 3) + " " + code.substring(3))).isTrue();
    assertThat(codes.matches(secret, "12345")).isFalse();
    assertThat(codes.matches(secret, "abcdef")).isFalse();
    assertThat(codes.matches(codes.newSecret(), code)).isFalse();
  }

  @Test
  void aCodeSignsInOnce() throws Exception {
    String code = codeAt(Duration.ZERO);
    assertThat(codes.acceptOnce("rosa@example.org", secret, code)).isTrue();
    assertThat(codes.acceptOnce("rosa@example.org", secret, code)).isFalse();
  }

  @Test
  void theQrCodeIsAPngDataUri() {
    assertThat(codes.qrCode("rosa@example.org", secret, "Iskra"))
        .startsWith("data:image/png;base64,");
  }
}
