package org.iskra.archive;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Reading an archive's entries so that damage is noticed. */
final class ArchiveEntries {

  private ArchiveEntries() {}

  /**
   * An entry's bytes, checked against its CRC-32 when read to the end: a damaged archive fails
   * instead of restoring damaged rows.
   */
  static InputStream checked(ZipFile zip, ZipEntry entry, Path archive) throws IOException {
    CheckedInputStream summed = new CheckedInputStream(zip.getInputStream(entry), new CRC32());
    return new FilterInputStream(summed) {
      private boolean verified;

      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b < 0) {
          verify();
        }
        return b;
      }

      @Override
      public int read(byte[] buffer, int off, int len) throws IOException {
        int n = super.read(buffer, off, len);
        if (n < 0) {
          verify();
        }
        return n;
      }

      private void verify() {
        if (!verified
            && entry.getCrc() != -1
            && summed.getChecksum().getValue() != entry.getCrc()) {
          throw new ArchiveRefused(
              archive + ": " + entry.getName() + " is damaged (checksum mismatch)");
        }
        verified = true;
      }
    };
  }
}
