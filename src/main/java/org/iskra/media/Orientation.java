package org.iskra.media;

import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Cameras store pixels as the sensor saw them and say in EXIF how to turn them (orientation 1 to
 * 8). The metadata is stripped on upload, so the turn must be applied to the pixels first.
 */
final class Orientation {

  private Orientation() {}

  /** The EXIF orientation tag (1 to 8), or 1 when there is none or it cannot be read. */
  static int ofJpeg(byte[] jpeg) {
    try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(jpeg))) {
      List<JPEGSegment> segments = JPEGSegmentUtil.readSegments(input, JPEG.APP1, "Exif");
      for (JPEGSegment segment : segments) {
        try (InputStream data = segment.data()) {
          // "Exif" is followed by two zero bytes; the identifier took the first one. TIFF offsets
          // count from the byte after, so it is skipped before the stream is wrapped.
          if (data.read() < 0) {
            continue;
          }
          // Not ImageIO.createImageInputStream: that may cache to a temporary file.
          ImageInputStream tiff = new MemoryCacheImageInputStream(data);
          Directory exif = new TIFFReader().read(tiff);
          Entry entry = exif.getEntryById(TIFF.TAG_ORIENTATION);
          if (entry != null && entry.getValue() instanceof Number value) {
            int orientation = value.intValue();
            return orientation >= 1 && orientation <= 8 ? orientation : 1;
          }
        }
      }
      return 1;
    } catch (IOException | RuntimeException e) {
      // Broken EXIF is common and harmless: the image is shown as stored.
      return 1;
    }
  }

  /**
   * A fresh RGB (or ARGB) image with the pixels turned as the orientation says. Drawing converts
   * any colour space (CMYK, grey, ICC profiles) to sRGB on the way.
   */
  static BufferedImage upright(BufferedImage source, int orientation, boolean transparent) {
    int w = source.getWidth();
    int h = source.getHeight();
    boolean turned = orientation >= 5;
    BufferedImage target =
        new BufferedImage(
            turned ? h : w,
            turned ? w : h,
            transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
    // x' = m00·x + m01·y + m02, y' = m10·x + m11·y + m12; arguments are (m00, m10, m01, m11, m02,
    // m12).
    AffineTransform transform =
        switch (orientation) {
          case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
          case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
          case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
          case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
          case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
          case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
          case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);
          default -> new AffineTransform();
        };
    Graphics2D g = target.createGraphics();
    try {
      if (!transparent) {
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, target.getWidth(), target.getHeight());
      }
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
      g.drawImage(source, transform, null);
    } finally {
      g.dispose();
    }
    return target;
  }
}
