package org.iskra.account;

/** An account that cannot be created or changed as asked; the message says why. */
public class InvalidAccount extends IllegalArgumentException {
  public InvalidAccount(String message) {
    super(message);
  }
}
