package org.iskra.media;

import java.util.List;

/**
 * An upload after the darkroom: cleaned of metadata and re-encoded in every width the library
 * serves, narrowest first; the last variant is the full-size image.
 *
 * @param contentType {@code image/jpeg} or {@code image/png}, the same for every variant
 * @param extension {@code jpg} or {@code png}
 */
record DevelopedImage(String contentType, String extension, List<Variant> variants) {

  /** One encoded width. */
  record Variant(int width, int height, byte[] bytes) {}

  Variant largest() {
    return variants.getLast();
  }
}
