package org.iskra.api;

/** A thing the API was asked for does not exist (or is not public): a 404 problem. */
class NotFound extends RuntimeException {
  NotFound(String message) {
    super(message);
  }
}
