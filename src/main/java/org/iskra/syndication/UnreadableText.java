package org.iskra.syndication;

/** A text that cannot be imported; the message names the file and, where it can, the line. */
public class UnreadableText extends IllegalArgumentException {
  public UnreadableText(String message) {
    super(message);
  }
}
