package org.iskra.outbound;

/** A URL that may not be requested; the message says why. */
public class RefusedAddress extends IllegalArgumentException {
  public RefusedAddress(String message) {
    super(message);
  }
}
