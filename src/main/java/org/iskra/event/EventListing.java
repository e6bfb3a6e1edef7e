package org.iskra.event;

import java.time.Instant;

/**
 * Which events a listing holds: those taking place, at least partly, between {@code from} and
 * {@code until} (either open when null), and of those only the upcoming or past ones if asked.
 *
 * @param until exclusive: an event starting exactly then is not in it
 */
public record EventListing(Instant from, Instant until, Timing timing) {

  /** Whether an event is over at the moment of listing; an event under way is upcoming. */
  public enum Timing {
    ANY,
    /** Not over yet: what {@code /events} lists. */
    UPCOMING,
    /** Over: what {@code /events/past} lists. */
    PAST
  }

  public EventListing {
    timing = timing == null ? Timing.ANY : timing;
  }
}
