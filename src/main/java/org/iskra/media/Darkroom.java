package org.iskra.media;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Transparency;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.Semaphore;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.iskra.media.RefusedImage.Reason;
import org.springframework.stereotype.Component;

/**
 * Turns an upload into the files the library serves: checks the type from the content and the pixel
 * count from the header (before decoding, against decompression bombs), turns JPEGs upright by
 * their EXIF orientation, then draws the pixels into a fresh image and encodes that, so no metadata
 * of the upload (EXIF, GPS, XMP, comments, ICC) can survive. Opaque images become JPEG, images with
 * transparency and GIFs (first frame only) PNG; ImageIO writes no WebP. Thread-safe; at most {@link
 * #CONCURRENT_DECODES} images are in memory at once.
 */
@Component
class Darkroom {

  /** A 50-megapixel image takes 200 MB decoded; two at a time keep a small server alive. */
  static final int CONCURRENT_DECODES = 2;

  static final float JPEG_QUALITY = 0.85f;

  private final MediaSettings settings;
  private final Semaphore decodes = new Semaphore(CONCURRENT_DECODES, true);

  Darkroom(MediaSettings settings) {
    this.settings = settings;
    // ImageIO finds plugins with the class loader of the thread that first touches it; in the
    // packaged jar that may not see TwelveMonkeys (WebP, CMYK JPEG), so scan with ours now.
    ImageIO.scanForPlugins();
  }

  /**
   * The cleaned image in every width the settings ask for that is narrower than the image (never
   * wider: nothing is scaled up), plus the full size.
   *
   * @throws RefusedImage when the bytes are not a supported image, too large or too big in pixels
   */
  DevelopedImage develop(byte[] upload) {
    if (upload.length == 0) {
      throw new RefusedImage(Reason.UNSUPPORTED_TYPE, "The file is empty.");
    }
    long limit = settings.maxUploadSize().toBytes();
    if (upload.length > limit) {
      throw new RefusedImage(
          Reason.TOO_LARGE,
          "The file is %s; the largest accepted is %s."
              .formatted(megabytes(upload.length), megabytes(limit)));
    }
    ImageFormat format =
        ImageFormat.sniff(upload)
            .orElseThrow(
                () ->
                    new RefusedImage(
                        Reason.UNSUPPORTED_TYPE,
                        "This file is not a JPEG, PNG, WebP or GIF image (the type is read from"
                            + " the file's content, not its name)."));
    try {
      decodes.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting to decode an image", e);
    }
    try {
      BufferedImage decoded = decode(upload, format);
      int orientation = format == ImageFormat.JPEG ? Orientation.ofJpeg(upload) : 1;
      boolean transparent = format == ImageFormat.GIF || hasTransparency(decoded);
      BufferedImage upright = Orientation.upright(decoded, orientation, transparent);
      return variants(upright, transparent);
    } finally {
      decodes.release();
    }
  }

  private BufferedImage decode(byte[] upload, ImageFormat format) {
    try (ImageInputStream input =
        new MemoryCacheImageInputStream(new ByteArrayInputStream(upload))) {
      ImageReader reader = reader(input, format);
      try {
        reader.setInput(input, true, true);
        long width = reader.getWidth(0);
        long height = reader.getHeight(0);
        if (width <= 0 || height <= 0) {
          throw new RefusedImage(Reason.UNREADABLE, "The image has no pixels.");
        }
        if (width * height > settings.maxPixels()) {
          throw new RefusedImage(
              Reason.TOO_MANY_PIXELS,
              "The image is %d × %d pixels (%.1f megapixels); the most accepted is %.1f megapixels."
                  .formatted(width, height, width * height / 1e6, settings.maxPixels() / 1e6));
        }
        return reader.read(0);
      } finally {
        reader.dispose();
      }
    } catch (RefusedImage e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      // Damaged files make readers throw anything from IIOException to index errors.
      throw new RefusedImage(
          Reason.UNREADABLE,
          "The image could not be read; the file may be damaged or incomplete.",
          e);
    }
  }

  private static ImageReader reader(ImageInputStream input, ImageFormat format) throws IOException {
    Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.readerName);
    while (readers.hasNext()) {
      ImageReader reader = readers.next();
      if (reader.getOriginatingProvider().canDecodeInput(input)) {
        return reader;
      }
      reader.dispose();
    }
    throw new RefusedImage(
        Reason.UNSUPPORTED_TYPE,
        "This kind of " + format.name() + " image cannot be read; please save it as JPEG or PNG.");
  }

  private static boolean hasTransparency(BufferedImage image) {
    if (image.getColorModel().getTransparency() == Transparency.OPAQUE) {
      return false;
    }
    WritableRaster alpha = image.getAlphaRaster();
    if (alpha == null) {
      return true; // a palette with a transparent entry
    }
    int max =
        (1 << image.getColorModel().getComponentSize(image.getColorModel().getNumComponents() - 1))
            - 1;
    int[] row = new int[alpha.getWidth()];
    for (int y = 0; y < alpha.getHeight(); y++) {
      alpha.getSamples(0, y, alpha.getWidth(), 1, 0, row);
      for (int sample : row) {
        if (sample < max) {
          return true;
        }
      }
    }
    return false;
  }

  private DevelopedImage variants(BufferedImage full, boolean transparent) {
    int fullWidth = Math.min(full.getWidth(), settings.fullWidth());
    TreeSet<Integer> widths = new TreeSet<>();
    for (int width : settings.variantWidths()) {
      if (width > 0 && width < fullWidth) {
        widths.add(width);
      }
    }
    widths.add(fullWidth);
    List<DevelopedImage.Variant> variants = new ArrayList<>();
    // Widest first, each from the one before: fewer pixels to read at every step.
    BufferedImage source = full;
    for (int width : widths.descendingSet()) {
      int height =
          Math.max(1, (int) Math.round((double) full.getHeight() * width / full.getWidth()));
      BufferedImage scaled = scale(source, width, height);
      variants.add(new DevelopedImage.Variant(width, height, encode(scaled, transparent)));
      source = scaled;
    }
    return new DevelopedImage(
        transparent ? "image/png" : "image/jpeg",
        transparent ? "png" : "jpg",
        List.copyOf(variants.reversed()));
  }

  /**
   * Scales down in halving steps, then one last step: one big bilinear or bicubic step skips pixels
   * and shimmers (aliasing), halving averages them all.
   */
  static BufferedImage scale(BufferedImage source, int width, int height) {
    BufferedImage current = source;
    while (current.getWidth() != width || current.getHeight() != height) {
      boolean halve = current.getWidth() / 2 >= width && current.getHeight() / 2 >= height;
      int w = halve ? current.getWidth() / 2 : width;
      int h = halve ? current.getHeight() / 2 : height;
      BufferedImage next = new BufferedImage(w, h, source.getType());
      Graphics2D g = next.createGraphics();
      try {
        g.setRenderingHint(
            RenderingHints.KEY_INTERPOLATION,
            halve
                ? RenderingHints.VALUE_INTERPOLATION_BILINEAR
                : RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(
            RenderingHints.KEY_ALPHA_INTERPOLATION,
            RenderingHints.VALUE_ALPHA_INTERPOLATION_QUALITY);
        g.drawImage(current, 0, 0, w, h, null);
      } finally {
        g.dispose();
      }
      current = next;
    }
    return current;
  }

  private static byte[] encode(BufferedImage image, boolean png) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName(png ? "png" : "jpeg").next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (MemoryCacheImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
      writer.setOutput(output);
      ImageWriteParam param = writer.getDefaultWriteParam();
      if (!png) {
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(JPEG_QUALITY);
        param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
      }
      // No metadata is passed: the writer emits only what decoding needs (JFIF or PNG header).
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not encode an image", e);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }

  private static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }
}
