package org.iskra.syndication;

import java.time.Instant;

/**
 * A partner publication's feed the desk subscribes to.
 *
 * @param partner the partner publication's name, shown with every article republished from it
 * @param sectionId the section its items are republished into
 * @param etag the partner's ETag from the last good poll, for a conditional GET, or null
 * @param lastModified the partner's Last-Modified from the last good poll, or null
 * @param failures polls that failed in a row since the last good one
 * @param lastError why the last poll failed, or empty
 * @param lastPolledAt when it was last polled, or null before the first poll
 */
public record FeedSubscription(
    long id,
    String url,
    String partner,
    long sectionId,
    Status status,
    String etag,
    String lastModified,
    Instant nextPollAt,
    int failures,
    String lastError,
    Instant lastPolledAt,
    Instant lastSuccessAt,
    String createdBy,
    Instant createdAt) {

  /** Whether the poller takes the feed. */
  public enum Status {
    ACTIVE("active"),
    PAUSED("paused");

    private final String code;

    Status(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }

    static Status fromCode(String code) {
      return code.equals("paused") ? PAUSED : ACTIVE;
    }
  }

  public boolean isActive() {
    return status == Status.ACTIVE;
  }

  public boolean isFailing() {
    return failures > 0;
  }
}
