package org.iskra.syndication;

/** A subscription or queue action that cannot be done; the message says why, for the desk. */
class InvalidSubscription extends IllegalArgumentException {
  InvalidSubscription(String message) {
    super(message);
  }
}
