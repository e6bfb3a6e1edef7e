package org.iskra.media;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The image types an upload may have, recognised by their first bytes ("magic numbers"), never by
 * the file's name or the browser's declared type.
 */
enum ImageFormat {
  JPEG("jpeg"),
  PNG("png"),
  GIF("gif"),
  WEBP("webp");

  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  /** The format name ImageIO's readers answer to. */
  final String readerName;

  ImageFormat(String readerName) {
    this.readerName = readerName;
  }

  static Optional<ImageFormat> sniff(byte[] bytes) {
    if (startsWith(bytes, 0, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff})) {
      return Optional.of(JPEG);
    }
    if (startsWith(bytes, 0, PNG_SIGNATURE)) {
      return Optional.of(PNG);
    }
    if (startsWith(bytes, 0, ascii("GIF87a")) || startsWith(bytes, 0, ascii("GIF89a"))) {
      return Optional.of(GIF);
    }
    if (startsWith(bytes, 0, ascii("RIFF")) && startsWith(bytes, 8, ascii("WEBP"))) {
      return Optional.of(WEBP);
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
    return bytes.length >= offset + prefix.length
        && Arrays.equals(bytes, offset, offset + prefix.length, prefix, 0, prefix.length);
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
