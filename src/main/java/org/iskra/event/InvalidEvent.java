package org.iskra.event;

/** An event that cannot be stored as given; the message is for people. */
public class InvalidEvent extends RuntimeException {

  public InvalidEvent(String message) {
    super(message);
  }
}
