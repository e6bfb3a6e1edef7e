package org.iskra.cli;

/** Arguments a command cannot make sense of; the message says what is wrong. */
class UsageError extends RuntimeException {
  UsageError(String message) {
    super(message);
  }
}
