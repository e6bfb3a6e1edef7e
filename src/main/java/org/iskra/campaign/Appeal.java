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

  public String path() {
    return "/appeals/" + slug;
  }
}
