package org.iskra.account;

/** A change refused because the password given as proof is not the account's. */
final class WrongPassword extends InvalidAccount {
  WrongPassword(String message) {
    super(message);
  }
}
