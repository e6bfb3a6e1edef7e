package org.iskra.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The signature every outgoing delivery carries. */
class DeliverySignatureTests {

  @Test
  void signaturesAreHmacSha256OfTimestampDotBody() {
    assertThat(DeliverySignature.header("whsec_test", 1700000000L, "{\"a\":1}"))
        .isEqualTo(
            "t=1700000000,v1=" + DeliverySignature.hmac("whsec_test", "1700000000.{\"a\":1}"))
        .matches("t=1700000000,v1=[0-9a-f]{64}");
  }
}
