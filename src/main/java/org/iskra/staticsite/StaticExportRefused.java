package org.iskra.staticsite;

/**
 * The static export cannot run as asked (the directory is a file, the site is not served), or could
 * not write the copy (a full disk): said to the operator as it is, without a stack trace.
 */
public class StaticExportRefused extends RuntimeException {

  StaticExportRefused(String message) {
    super(message);
  }

  StaticExportRefused(String message, Throwable cause) {
    super(message, cause);
  }
}
