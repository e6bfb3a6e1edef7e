package org.iskra.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.samstevens.totp.code.CodeVerifier;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.DefaultCodeVerifier;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import java.time.Clock;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * TOTP (RFC 6238) as authenticator apps speak it: SHA-1, six digits, 30-second periods. A code is
 * accepted one period early or late, for clocks that drift. Thread-safe.
 */
@Component
class TwoFactorCodes {

  static final int PERIOD_SECONDS = 30;
  static final int DIGITS = 6;

  private final DefaultSecretGenerator secrets = new DefaultSecretGenerator();
  private final CodeVerifier verifier;
  // Codes stay valid for three periods (one early, one late), so they are remembered as long.
  private final Cache<String, Boolean> used =
      Caffeine.newBuilder()
          .expireAfterWrite(Duration.ofSeconds(3L * PERIOD_SECONDS))
          .maximumSize(10_000)
          .build();

  TwoFactorCodes(Clock clock) {
    DefaultCodeVerifier codes =
        new DefaultCodeVerifier(
            new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS),
            () -> clock.instant().getEpochSecond());
    codes.setTimePeriod(PERIOD_SECONDS);
    codes.setAllowedTimePeriodDiscrepancy(1);
    this.verifier = codes;
  }

  /** A new random secret, Base32, as apps accept it typed in. */
  String newSecret() {
    return secrets.generate();
  }

  /**
   * The secret as a QR code an app can scan, as a {@code data:} URI of a PNG image.
   *
   * @param issuer what the app shows the account under, e.g. the publication's name
   */
  String qrCode(String email, String secret, String issuer) {
    QrData data =
        new QrData.Builder()
            .label(email)
            .secret(secret)
            .issuer(issuer)
            .algorithm(HashingAlgorithm.SHA1)
            .digits(DIGITS)
            .period(PERIOD_SECONDS)
            .build();
    ZxingPngQrGenerator generator = new ZxingPngQrGenerator();
    try {
      return Utils.getDataUriForImage(generator.generate(data), generator.getImageMimeType());
    } catch (QrGenerationException e) {
      throw new IllegalStateException("Cannot draw the QR code", e);
    }
  }

  /** Whether the code is the secret's current one (or its neighbour); spaces are ignored. */
  boolean matches(String secret, String code) {
    if (secret == null || code == null) {
      return false;
    }
    String digits = digits(code);
    return digits.matches("[0-9]{" + DIGITS + "}") && verifier.isValidCode(secret, digits);
  }

  /**
   * Like {@link #matches}, but a code accepted once for this account is refused while it is valid,
   * so a code seen over someone's shoulder cannot be used again (RFC 6238, section 5.2).
   */
  boolean acceptOnce(String email, String secret, String code) {
    return matches(secret, code)
        && used.asMap().putIfAbsent(email + " " + digits(code), Boolean.TRUE) == null;
  }

  private static String digits(String code) {
    return code.replace(" ", "").strip();
  }
}
