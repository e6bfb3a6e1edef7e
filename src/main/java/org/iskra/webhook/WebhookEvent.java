package org.iskra.webhook;

import java.util.Optional;

/**
 * The events an endpoint can subscribe to, by their wire names. Each comes from one feature's
 * event, mapped in {@link WebhookQueue}; a new one is a constant here and a listener there.
 */
public enum WebhookEvent {
  ARTICLE_PUBLISHED("article.published", "an article went live"),
  ARTICLE_UPDATED("article.updated", "a live article was saved again"),
  ARTICLE_UNPUBLISHED("article.unpublished", "an article was taken off the site"),
  ARTICLE_DELETED("article.deleted", "an article was deleted for good"),
  DONATION_RECORDED("donation.recorded", "a donation was added to an appeal (amount, no donor)"),
  DONATION_REFUNDED("donation.refunded", "a refund was subtracted from an appeal"),
  SUBSCRIBER_CONFIRMED(
      "subscriber.confirmed", "a reader confirmed a newsletter subscription (with the address)");

  private final String code;
  private final String description;

  WebhookEvent(String code, String description) {
    this.code = code;
    this.description = description;
  }

  /** The name in payloads, headers and the desk. */
  public String code() {
    return code;
  }

  /** What happened, for the desk's registration form. */
  public String description() {
    return description;
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
