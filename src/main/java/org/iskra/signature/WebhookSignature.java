package org.iskra.signature;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature scheme of inbound webhooks. The sender puts the time of sending, in epoch seconds,
 * in {@value #TIMESTAMP_HEADER}, and {@code sha256=} followed by the lower-case hex HMAC-SHA256 of
 * {@code timestamp + "." + body} under the shared secret in {@value #SIGNATURE_HEADER}. A delivery
 * older or newer than the tolerance is refused, so a captured delivery cannot be replayed later;
 * replays within the tolerance are caught by the features' own idempotency (payment ids, event
 * ids). Stateless and thread-safe.
 */
public final class WebhookSignature {

  public static final String TIMESTAMP_HEADER = "Iskra-Timestamp";
  public static final String SIGNATURE_HEADER = "Iskra-Signature";

  /** How far a delivery's timestamp may be from now. */
  public static final Duration TOLERANCE = Duration.ofMinutes(5);

  private WebhookSignature() {}

  /** The signature header's value for this delivery, as a sender computes it. */
  public static String sign(String secret, String timestamp, byte[] body) {
    return "sha256=" + HexFormat.of().formatHex(hmac(secret, timestamp, body));
  }

  /**
   * Whether the delivery is signed with the secret and sent within the tolerance of {@code now}.
   * False for an empty secret: an unconfigured endpoint accepts nothing.
   */
  public static boolean isValid(
      String secret, String timestamp, String signature, byte[] body, Instant now) {
    if (secret == null || secret.isEmpty() || timestamp == null || signature == null) {
      return false;
    }
    long seconds;
    try {
      seconds = Long.parseLong(timestamp.trim());
    } catch (NumberFormatException e) {
      return false;
    }
    if (Math.abs(now.getEpochSecond() - seconds) > TOLERANCE.toSeconds()) {
      return false;
    }
    String given = signature.trim();
    if (!given.startsWith("sha256=")) {
      return false;
    }
    byte[] expected =
        HexFormat.of()
            .formatHex(hmac(secret, timestamp.trim(), body))
            .getBytes(StandardCharsets.US_ASCII);
    // Constant time, so that timing does not reveal how much of a forged signature was right.
    return MessageDigest.isEqual(
        expected, given.substring("sha256=".length()).getBytes(StandardCharsets.US_ASCII));
  }

  private static byte[] hmac(String secret, String timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
      return mac.doFinal(body);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException(e);
    }
  }
}
