package org.iskra.webhook;

import java.util.Optional;

/**
 * The events an endpoint can subscribe to, by their wire names. Each comes from one feature's
 * event, mapped in {@link WebhookQueue}; {@code donation.recorded} (campaign) and {@code
 * subscriber.confirmed} (newsletter) join here with a listener there once those features publish
 * their events.
 */
public enum WebhookEvent {
  ARTICLE_PUBLISHED("article.published"),
  ARTICLE_UPDATED("article.updated"),
  ARTICLE_UNPUBLISHED("article.unpublished"),
  ARTICLE_DELETED("article.deleted");

  private final String code;

  WebhookEvent(String code) {
    this.code = code;
  }

  /** The name in payloads, headers and the desk. */
  public String code() {
    return code;
  }

  static Optional<WebhookEvent> fromCode(String code) {
    for (WebhookEvent event : values()) {
      if (event.code.equals(code)) {
        return Optional.of(event);
      }
    }
    return Optional.empty();
  }
}
