package org.iskra.staticsite;

/**
 * A refresh of the static copy ended, written or failed: published from the refresh's own thread,
 * after {@link StaticCopyRefresher#latest()} says so.
 *
 * @param refresh how it went; {@link StaticCopyRefresher.Refresh#startedBy()} is an account's
 *     email, or {@link StaticCopyRefresher#AFTER_CHANGES} when changes started it
 */
public record StaticCopyRefreshed(StaticCopyRefresher.Refresh refresh) {

  /** Whether a person asked for it, from the desk, rather than changes to the site. */
  public boolean askedFor() {
    return !StaticCopyRefresher.AFTER_CHANGES.equals(refresh.startedBy());
  }
}
