package org.iskra.media;

/**
 * The account may not change this image: only its uploader, editors and administrators may edit or
 * delete it.
 */
public class MediaNotAllowed extends RuntimeException {

  MediaNotAllowed(String message) {
    super(message);
  }
}
