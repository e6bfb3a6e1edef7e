package org.iskra.newsletter;

/** A sign-up that cannot be accepted as given (not an address); the message is for people. */
public class InvalidSignUp extends RuntimeException {

  public InvalidSignUp(String message) {
    super(message);
  }
}
