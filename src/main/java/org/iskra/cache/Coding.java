package org.iskra.cache;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.slf4j.LoggerFactory;

/** The content codings a stored page is answered in, and which one a reader gets. */
enum Coding {
  BROTLI("br"),
  GZIP("gzip"),
  IDENTITY(null);

  /** Whether brotli4j's native library loaded on this platform; if not, pages go out gzipped. */
  static final boolean BROTLI_AVAILABLE = loadBrotli();

  // Quality 5, not 11: the brotli copy is made in the first request that asks for it, and on a
  // 21 kB front page 5 takes half a millisecond for 4.6 kB where 11 takes 30–120 ms for 3.9 kB
  // (gzip -9: 5.0 kB).
  private static final Encoder.Parameters BROTLI_TEXT =
      new Encoder.Parameters().setQuality(5).setMode(Encoder.Mode.TEXT);

  private final String token;

  Coding(String token) {
    this.token = token;
  }

  /** The {@code Content-Encoding} value, null for none. */
  String token() {
    return token;
  }

  /**
   * The coding for a request's {@code Accept-Encoding}: brotli when allowed and available, then
   * gzip, then none. A coding is allowed when named with q above 0, or covered by {@code *}.
   */
  static Coding preferred(String acceptEncoding) {
    if (acceptEncoding == null || acceptEncoding.isEmpty()) {
      return IDENTITY;
    }
    Double br = null;
    Double gzip = null;
    Double star = null;
    for (String part : acceptEncoding.split(",")) {
      String[] pieces = part.split(";");
      String coding = pieces[0].strip().toLowerCase(Locale.ROOT);
      double quality = quality(pieces);
      switch (coding) {
        case "br" -> br = quality;
        case "gzip", "x-gzip" -> gzip = quality;
        case "*" -> star = quality;
        default -> {}
      }
    }
    double brQuality = br != null ? br : star != null ? star : 0;
    double gzipQuality = gzip != null ? gzip : star != null ? star : 0;
    if (BROTLI_AVAILABLE && brQuality > 0 && brQuality >= gzipQuality) {
      return BROTLI;
    }
    return gzipQuality > 0 ? GZIP : IDENTITY;
  }

  static byte[] brotli(byte[] body) {
    try {
      return Encoder.compress(body, BROTLI_TEXT);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static double quality(String[] pieces) {
    for (int i = 1; i < pieces.length; i++) {
      String parameter = pieces[i].strip();
      if (parameter.startsWith("q=")) {
        try {
          return Double.parseDouble(parameter.substring(2));
        } catch (NumberFormatException e) {
          return 0;
        }
      }
    }
    return 1;
  }

  private static boolean loadBrotli() {
    try {
      Brotli4jLoader.ensureAvailability();
      return true;
    } catch (Throwable e) { // UnsatisfiedLinkError on a platform without the native library
      LoggerFactory.getLogger(Coding.class)
          .warn("Brotli is not available here ({}); pages are served gzipped", e.toString());
      return false;
    }
  }
}
