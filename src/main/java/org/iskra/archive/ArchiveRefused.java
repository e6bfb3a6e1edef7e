package org.iskra.archive;

/**
 * An archive that cannot be written or restored: not a zip, truncated, of another format or schema
 * version, or a target that is not empty. The message says what is wrong in plain words. Nothing
 * has been changed when it is thrown, unless {@link #nothingChanged()} says otherwise (the store
 * restored, the media files left beside their folder).
 */
public class ArchiveRefused extends RuntimeException {

  private final boolean nothingChanged;

  ArchiveRefused(String message) {
    this(message, null);
  }

  ArchiveRefused(String message, Throwable cause) {
    this(message, cause, true);
  }

  ArchiveRefused(String message, Throwable cause, boolean nothingChanged) {
    super(message, cause);
    this.nothingChanged = nothingChanged;
  }

  /** Whether the store and the files are as they were before the attempt. */
  public boolean nothingChanged() {
    return nothingChanged;
  }
}
