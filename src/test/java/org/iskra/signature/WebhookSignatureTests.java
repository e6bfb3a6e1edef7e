package org.iskra.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookSignatureTests {

  static final byte[] BODY = "{\"id\":\"pay_1\"}".getBytes(StandardCharsets.UTF_8);
  static final Instant NOW = Instant.parse("2026-01-01T12:00:00Z");
  static final String STAMP = Long.toString(NOW.getEpochSecond());

  @Test
  void aSignatureOverTimestampAndBodyWithTheSecretIsValidForFiveMinutes() {
    String signature = WebhookSignature.sign("s3cret", STAMP, BODY);
    assertThat(signature).matches("sha256=[0-9a-f]{64}");
    assertThat(WebhookSignature.isValid("s3cret", STAMP, signature, BODY, NOW)).isTrue();
    assertThat(WebhookSignature.isValid("s3cret", STAMP, signature, BODY, NOW.plusSeconds(300)))
        .isTrue();
    assertThat(WebhookSignature.isValid("s3cret", STAMP, signature, BODY, NOW.plusSeconds(301)))
        .as("replayed later")
        .isFalse();
  }

  @Test
  void forgedTamperedAndUnconfiguredAreRefused() {
    String signature = WebhookSignature.sign("s3cret", STAMP, BODY);
    assertThat(WebhookSignature.isValid("other", STAMP, signature, BODY, NOW)).isFalse();
    assertThat(
            WebhookSignature.isValid(
                "s3cret", STAMP, signature, "{\"id\":\"pay_2\"}".getBytes(), NOW))
        .isFalse();
    String later = Long.toString(NOW.getEpochSecond() + 1);
    assertThat(WebhookSignature.isValid("s3cret", later, signature, BODY, NOW))
        .as("the timestamp is signed too")
        .isFalse();
    assertThat(WebhookSignature.isValid("", STAMP, signature, BODY, NOW))
        .as("no secret configured")
        .isFalse();
    assertThat(WebhookSignature.isValid("s3cret", "soon", signature, BODY, NOW)).isFalse();
  }
}
