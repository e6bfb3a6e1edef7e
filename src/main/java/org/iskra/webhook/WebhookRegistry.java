package org.iskra.webhook;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.iskra.outbound.AddressGuard;
import org.iskra.outbound.RefusedAddress;
import org.springframework.stereotype.Service;

/**
 * Registers, lists, enables and disables webhook endpoints. A URL is checked by {@link
 * AddressGuard} before it is stored. Thread-safe.
 */
@Service
class WebhookRegistry {

  private final SecureRandom random = new SecureRandom();
  private final WebhookEndpoints endpoints;
  private final WebhookDeliveries deliveries;
  private final AddressGuard guard;
  private final Clock clock;

  WebhookRegistry(
      WebhookEndpoints endpoints,
      WebhookDeliveries deliveries,
      WebhookSettings settings,
      Clock clock) {
    this.endpoints = endpoints;
    this.deliveries = deliveries;
    this.guard =
        new AddressGuard(
            settings.allowPrivateAddresses(), "iskra.webhooks.allow-private-addresses");
    this.clock = clock;
  }

  /**
   * Registers an endpoint with a new secret.
   *
   * @throws RefusedAddress when the URL is not http(s) or reaches a private address
   * @throws IllegalArgumentException when no event is chosen
   */
  WebhookEndpoint register(String url, Set<WebhookEvent> events, String createdBy) {
    if (url == null || url.length() > 2000) {
      throw new RefusedAddress("url: at most 2000 characters");
    }
    String checked = guard.check(url).toString();
    if (events.isEmpty()) {
      throw new IllegalArgumentException("events: choose at least one");
    }
    byte[] secret = new byte[32];
    random.nextBytes(secret);
    return endpoints.insert(
        checked, events, "whsec_" + HexFormat.of().formatHex(secret), createdBy, clock.instant());
  }

  List<WebhookEndpoint> list() {
    return endpoints.listAll();
  }

  Optional<WebhookEndpoint> find(long id) {
    return endpoints.findById(id);
  }

  List<WebhookDelivery> history(long endpointId) {
    return deliveries.listByEndpoint(endpointId, 100);
  }

  void setEnabled(long id, boolean enabled) {
    endpoints.updateEnabled(id, enabled);
  }
}
