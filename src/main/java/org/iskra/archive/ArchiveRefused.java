package org.iskra.archive;

/**
 * An archive that cannot be written or restored: not a zip, truncated, of another format or schema
 * version, or a target that is not empty. The message says what is wrong in plain words; nothing
 * has been changed when it is thrown.
 */
public class ArchiveRefused extends RuntimeException {

  ArchiveRefused(String message) {
    super(message);
  }

  ArchiveRefused(String message, Throwable cause) {
    super(message, cause);
  }
}
