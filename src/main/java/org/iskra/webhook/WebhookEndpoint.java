package org.iskra.webhook;

import java.time.Instant;
import java.util.Set;

/**
 * A URL that receives the events it subscribed to, signed with its secret.
 *
 * @param secret the HMAC key; shown once in the desk when the endpoint is registered
 */
public record WebhookEndpoint(
    long id,
    String url,
    Set<WebhookEvent> events,
    String secret,
    boolean enabled,
    String createdBy,
    Instant createdAt) {

  public String eventCodes() {
    return String.join(" ", events.stream().map(WebhookEvent::code).sorted().toList());
  }
}
