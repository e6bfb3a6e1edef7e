package org.iskra.campaign;

/** An appeal or a donation that cannot be stored as given; the message is for people. */
public class InvalidAppeal extends RuntimeException {

  public InvalidAppeal(String message) {
    super(message);
  }
}
