package org.iskra.section;

/** A section that cannot be saved as given; the message says why, for the person who gave it. */
public class InvalidSection extends IllegalArgumentException {
  public InvalidSection(String message) {
    super(message);
  }
}
