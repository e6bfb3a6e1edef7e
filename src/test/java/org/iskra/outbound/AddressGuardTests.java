package org.iskra.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SSRF: what a webhook or feed URL may point at, with private addresses refused (the default). */
class AddressGuardTests {

  final AddressGuard guard = new AddressGuard(false, "iskra.webhooks.allow-private-addresses");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://127.0.0.1/hook",
        "http://127.1.2.3:8080/",
        "http://localhost/",
        "http://0.0.0.0/",
        "http://10.0.0.5/",
        "http://172.16.0.1/",
        "http://172.31.255.255/",
        "http://192.168.1.1/",
        "http://169.254.169.254/latest/meta-data/",
        "http://100.64.0.1/",
        "http://224.0.0.1/",
        "http://255.255.255.255/",
        "http://[::1]/",
        "http://[::]/",
        "http://[fe80::1]/",
        "http://[fc00::1]/",
        "http://[fd12:3456::1]/",
        "http://[::ffff:127.0.0.1]/",
        "http://[::ffff:a9fe:a9fe]/",
        "http://[ff02::1]/",
        "http://2130706433/",
        "http://0x7f000001/"
      })
  void privateLoopbackLinkLocalAndMulticastAddressesAreRefused(String url) {
    assertThatThrownBy(() -> guard.check(url))
        .isInstanceOf(RefusedAddress.class)
        .hasMessageContaining("url:");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ftp://93.184.216.34/",
        "file:///etc/passwd",
        "gopher://93.184.216.34/",
        "javascript:alert(1)",
        "http://user:secret@93.184.216.34/",
        "not a url"
      })
  void onlyPlainHttpAndHttpsUrlsAreAccepted(String url) {
    assertThatThrownBy(() -> guard.check(url)).isInstanceOf(RefusedAddress.class);
  }

  @Test
  void publicAddressesPass() {
    assertThat(guard.check("https://93.184.216.34/hook").getHost()).isEqualTo("93.184.216.34");
    assertThat(guard.check("http://[2606:4700:4700::1111]/hook")).isNotNull();
  }

  @Test
  void anAdministratorCanAllowPrivateAddresses() {
    assertThat(
            new AddressGuard(true, "iskra.webhooks.allow-private-addresses")
                .check("http://127.0.0.1:9999/hook")
                .getPort())
        .isEqualTo(9999);
    assertThatThrownBy(
            () ->
                new AddressGuard(true, "iskra.webhooks.allow-private-addresses")
                    .check("ftp://127.0.0.1/"))
        .isInstanceOf(RefusedAddress.class);
  }
}
