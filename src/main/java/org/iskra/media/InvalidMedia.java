package org.iskra.media;

/** A description (alt text, caption, credit) the library refuses, with a message for the desk. */
public class InvalidMedia extends RuntimeException {

  InvalidMedia(String message) {
    super(message);
  }
}
