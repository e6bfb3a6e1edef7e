package org.iskra.media;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Small images made on the spot, so tests need no binary fixtures. */
final class TestImages {

  private TestImages() {}

  /** An opaque picture with a gradient (so that it is not trivially compressible). */
  static BufferedImage picture(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setPaint(new GradientPaint(0, 0, Color.ORANGE, width, height, Color.BLUE));
    g.fillRect(0, 0, width, height);
    g.setColor(Color.RED);
    g.fillRect(0, 0, Math.max(1, width / 4), Math.max(1, height / 4));
    g.dispose();
    return image;
  }

  static byte[] jpeg(int width, int height) {
    return encode(picture(width, height), "jpeg");
  }

  static byte[] png(int width, int height) {
    return encode(picture(width, height), "png");
  }

  static byte[] gif(int width, int height) {
    return encode(picture(width, height), "gif");
  }

  /** A PNG whose left half is fully transparent. */
  static byte[] transparentPng(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.GREEN);
    g.fillRect(width / 2, 0, width - width / 2, height);
    g.dispose();
    return encode(image, "png");
  }

  static byte[] encode(BufferedImage image, String format) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      if (!ImageIO.write(image, format, out)) {
        throw new IllegalStateException("No writer for " + format);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The JPEG with an EXIF APP1 segment inserted after its JFIF header: orientation 6 (turn 90°
   * clockwise to view), a camera model and a GPS position (45°N).
   */
  static byte[] withExif(byte[] jpeg) {
    byte[] tiff = exifTiff();
    byte[] header = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
    int length = 2 + header.length + tiff.length;
    ByteBuffer segment = ByteBuffer.allocate(2 + length);
    segment.put((byte) 0xff).put((byte) 0xe1).putShort((short) length).put(header).put(tiff);
    // SOI (2 bytes), then APP0 JFIF whose length follows its marker.
    int app0Length = ((jpeg[4] & 0xff) << 8) | (jpeg[5] & 0xff);
    int at = 4 + app0Length;
    ByteBuffer out = ByteBuffer.allocate(jpeg.length + segment.capacity());
    out.put(jpeg, 0, at).put(segment.array()).put(jpeg, at, jpeg.length - at);
    return out.array();
  }

  // Big-endian TIFF: IFD0 {Orientation, Model, GPS IFD pointer}, then the GPS IFD {LatitudeRef,
  // Latitude}, then the values that do not fit in an entry.
  private static byte[] exifTiff() {
    ByteBuffer b = ByteBuffer.allocate(256);
    b.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
    int ifd0 = 8;
    int ifd0Size = 2 + 3 * 12 + 4;
    int gpsIfd = ifd0 + ifd0Size;
    int gpsSize = 2 + 2 * 12 + 4;
    int model = gpsIfd + gpsSize;
    byte[] modelText = "SpyCam 3000\0".getBytes(StandardCharsets.US_ASCII);
    int latitude = model + modelText.length;
    b.position(ifd0);
    b.putShort((short) 3);
    entry(b, 0x0110, 2, modelText.length, model); // Model, ASCII
    entry(b, 0x0112, 3, 1, 6 << 16); // Orientation, SHORT, left-justified in the value field
    entry(b, 0x8825, 4, 1, gpsIfd); // GPSInfo IFD pointer
    b.putInt(0);
    b.putShort((short) 2);
    entry(b, 0x0001, 2, 2, 'N' << 24); // GPSLatitudeRef "N\0"
    entry(b, 0x0002, 5, 3, latitude); // GPSLatitude, 3 RATIONALs
    b.putInt(0);
    b.put(modelText);
    b.putInt(45).putInt(1).putInt(30).putInt(1).putInt(0).putInt(1);
    byte[] bytes = new byte[b.position()];
    b.flip().get(bytes);
    return bytes;
  }

  private static void entry(ByteBuffer b, int tag, int type, int count, int value) {
    b.putShort((short) tag).putShort((short) type).putInt(count).putInt(value);
  }

  /** A PNG header that claims a size without any pixel data worth the name. */
  static byte[] pngClaiming(int width, int height) {
    ByteBuffer b = ByteBuffer.allocate(8 + 25 + 12 + 12);
    b.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    ByteBuffer ihdr = ByteBuffer.allocate(17);
    ihdr.put("IHDR".getBytes(StandardCharsets.US_ASCII))
        .putInt(width)
        .putInt(height)
        .put((byte) 8) // bit depth
        .put((byte) 2) // RGB
        .put((byte) 0)
        .put((byte) 0)
        .put((byte) 0);
    chunk(b, ihdr.array());
    chunk(b, "IDAT".getBytes(StandardCharsets.US_ASCII));
    chunk(b, "IEND".getBytes(StandardCharsets.US_ASCII));
    return b.array();
  }

  private static void chunk(ByteBuffer out, byte[] typeAndData) {
    CRC32 crc = new CRC32();
    crc.update(typeAndData);
    out.putInt(typeAndData.length - 4).put(typeAndData).putInt((int) crc.getValue());
  }

  static boolean contains(byte[] haystack, String needle) {
    byte[] n = needle.getBytes(StandardCharsets.ISO_8859_1);
    outer:
    for (int i = 0; i <= haystack.length - n.length; i++) {
      for (int j = 0; j < n.length; j++) {
        if (haystack[i + j] != n[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
