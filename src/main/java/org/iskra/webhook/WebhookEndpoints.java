package org.iskra.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The store of webhook endpoints. Thread-safe; each write is one statement. */
interface WebhookEndpoints {

  WebhookEndpoint insert(
      String url, Set<WebhookEvent> events, String secret, String createdBy, Instant at);

  Optional<WebhookEndpoint> findById(long id);

  /** Every endpoint, newest first. */
  List<WebhookEndpoint> listAll();

  /** The enabled endpoints subscribed to this event. */
  List<WebhookEndpoint> listSubscribedTo(WebhookEvent event);

  void updateEnabled(long id, boolean enabled);
}
