package org.iskra.staticsite;

/** The static export cannot run as asked (the directory is a file, the site is not served). */
public class StaticExportRefused extends RuntimeException {

  StaticExportRefused(String message) {
    super(message);
  }
}
