package org.iskra.media;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An image in the library, with the public addresses of its files for templates. Every width in
 * {@link #variantWidths()} is served at {@code /media/KEY/WIDTH.EXT}; the files never change, so
 * they are cached for a year.
 *
 * @param contentType of every stored variant: {@code image/jpeg} or {@code image/png}
 * @param width the width of the largest variant (the full-size image), upright
 * @param height the height of the largest variant
 * @param byteSize the size of the largest variant's file
 * @param variantWidths ascending; the last one is {@code width}
 * @param altText empty until someone writes it; articles cannot show the image without it
 * @param uploadedBy the uploader's e-mail address
 */
public record Media(
    long id,
    String key,
    String originalName,
    String contentType,
    int width,
    int height,
    long byteSize,
    List<Integer> variantWidths,
    String altText,
    String caption,
    String credit,
    String uploadedBy,
    Instant createdAt) {

  public Media {
    variantWidths = List.copyOf(variantWidths);
    if (variantWidths.isEmpty()) {
      throw new IllegalArgumentException("An image has at least one variant");
    }
  }

  /** {@code jpg} or {@code png}. */
  public String extension() {
    return contentType.equals("image/png") ? "png" : "jpg";
  }

  /**
   * The address of the narrowest variant at least {@code width} pixels wide, or of the largest when
   * none is that wide: never a missing file.
   */
  public String src(int width) {
    int chosen = largestWidth();
    for (int candidate : variantWidths) {
      if (candidate >= width) {
        chosen = candidate;
        break;
      }
    }
    return path(chosen);
  }

  /** Every variant for an {@code <img srcset>}: {@code /media/KEY/480.jpg 480w, …}. */
  public String srcset() {
    return variantWidths.stream()
        .map(w -> path(w) + " " + w + "w")
        .collect(Collectors.joining(", "));
  }

  /** The full-size image. */
  public String largestSrc() {
    return path(largestWidth());
  }

  public int largestWidth() {
    return variantWidths.getLast();
  }

  /** Whether alt text is written; an article may only be published with images that have it. */
  public boolean hasAltText() {
    return altText != null && !altText.isBlank();
  }

  /** The same image with another description, to show a form again as it was sent. */
  Media describedAs(String altText, String caption, String credit) {
    return new Media(
        id,
        key,
        originalName,
        contentType,
        width,
        height,
        byteSize,
        variantWidths,
        altText,
        caption,
        credit,
        uploadedBy,
        createdAt);
  }

  private String path(int variantWidth) {
    return "/media/" + key + "/" + variantWidth + "." + extension();
  }
}
