package org.iskra.campaign;

import java.time.Instant;

/**
 * A fundraising appeal. Amounts are in minor units of {@code currency} (ISO 4217).
 *
 * @param endsAt when the appeal closes, or null when it stays open
 */
public record Appeal(
    long id,
    String slug,
    String name,
    String description,
    long targetMinor,
    String currency,
    Instant startsAt,
    Instant endsAt) {

  /** Where an appeal stands at a moment. */
  public enum Status {
    /** Not started yet. */
    UPCOMING,
    /** Started and not ended. */
    ACTIVE,
    /** Ended. */
    CLOSED;

    public String code() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public String path() {
    return "/appeals/" + slug;
  }

  public Status statusAt(Instant now) {
    if (startsAt.isAfter(now)) {
      return Status.UPCOMING;
    }
    return endsAt == null || endsAt.isAfter(now) ? Status.ACTIVE : Status.CLOSED;
  }
}
