package org.iskra.webhook;

/** A webhook URL that may not be used; the message says why. */
class RefusedAddress extends IllegalArgumentException {
  RefusedAddress(String message) {
    super(message);
  }
}
