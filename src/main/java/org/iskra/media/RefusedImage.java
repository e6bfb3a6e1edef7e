package org.iskra.media;

/**
 * An upload the library will not take, with a message for the person who sent it. Nothing is stored
 * when this is thrown.
 */
public class RefusedImage extends RuntimeException {

  /** Why, with the HTTP status that says it. */
  public enum Reason {
    /** Not a JPEG, PNG, WebP or GIF image, whatever its name says. */
    UNSUPPORTED_TYPE(415),
    /** More bytes than {@code iskra.media.max-upload-size}. */
    TOO_LARGE(413),
    /** More pixels than {@code iskra.media.max-pixels}, found before decoding. */
    TOO_MANY_PIXELS(422),
    /** A supported type, but damaged or truncated. */
    UNREADABLE(422),
    /** The disk under {@code iskra.media.directory} is full: the upload itself was fine. */
    DISK_FULL(507);

    private final int status;

    Reason(int status) {
      this.status = status;
    }

    /** The HTTP status to answer with. */
    public int status() {
      return status;
    }
  }

  private final Reason reason;

  RefusedImage(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  RefusedImage(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
