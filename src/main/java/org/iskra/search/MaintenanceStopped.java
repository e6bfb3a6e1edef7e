package org.iskra.search;

/**
 * A rebuild, catch-up or related-list run that gave up because the server is stopping ({@link
 * SearchMaintenance#stop()}). Nothing is half-written: an abandoned rebuild leaves the index in use
 * as it was, and lists not yet found again keep their earlier ones; the next start's catch-up
 * compares versions again.
 */
final class MaintenanceStopped extends RuntimeException {

  MaintenanceStopped(String message) {
    super(message, null, false, false);
  }
}
