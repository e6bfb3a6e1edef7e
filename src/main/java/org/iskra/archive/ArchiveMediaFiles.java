package org.iskra.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The media files of a restore: unpacked into a new folder beside the media directory (never
 * outside it, whatever the archive's entry names say), checked against the manifest, and moved into
 * place only once the store's transaction has committed.
 */
final class ArchiveMediaFiles {

  private ArchiveMediaFiles() {}

  static void refuseNonEmpty(Path mediaDirectory) throws IOException {
    if (!Files.isDirectory(mediaDirectory)) {
      return;
    }
    try (Stream<Path> children = Files.list(mediaDirectory)) {
      if (children.findAny().isPresent()) {
        throw new ArchiveRefused(
            "The media directory "
                + mediaDirectory
                + " is not empty; restore only into a new, empty instance");
      }
    }
  }

  /** Unpacks every {@code media/…} entry into a new folder beside the media directory. */
  static Path unpack(Path mediaDirectory, ZipFile zip, ArchiveManifest manifest, Path archive)
      throws IOException {
    Path parent = mediaDirectory.getParent();
    Files.createDirectories(parent);
    Path unpacked = Files.createTempDirectory(parent, ".media-restore-");
    boolean done = false;
    try {
      long files = 0;
      long bytes = 0;
      var entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        if (entry.isDirectory() || !entry.getName().startsWith("media/")) {
          continue;
        }
        Path target = unpacked.resolve(entry.getName().substring("media/".length())).normalize();
        if (!target.startsWith(unpacked) || target.equals(unpacked)) {
          throw new ArchiveRefused(
              archive + ": entry '" + entry.getName() + "' points outside the media directory");
        }
        Files.createDirectories(target.getParent());
        try (InputStream in = ArchiveEntries.checked(zip, entry, archive)) {
          bytes += Files.copy(in, target);
        }
        files++;
      }
      if (files != manifest.mediaFiles() || bytes != manifest.mediaBytes()) {
        throw new ArchiveRefused(
            archive
                + ": holds "
                + files
                + " media files ("
                + bytes
                + " bytes) where the manifest promises "
                + manifest.mediaFiles()
                + " ("
                + manifest.mediaBytes()
                + " bytes)");
      }
      done = true;
      return unpacked;
    } finally {
      if (!done) {
        deleteTree(unpacked);
      }
    }
  }

  static void moveIntoPlace(Path unpacked, Path mediaDirectory) throws IOException {
    if (Files.isDirectory(mediaDirectory)) {
      // Checked empty before the restore began; an empty folder cannot be replaced by a move.
      Files.delete(mediaDirectory);
    }
    Files.move(unpacked, mediaDirectory, StandardCopyOption.ATOMIC_MOVE);
  }

  static void deleteTree(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder())
          .forEach(
              path -> {
                try {
                  Files.deleteIfExists(path);
                } catch (IOException ignored) {
                  // Best effort: a leftover temporary folder holds no data the store refers to.
                }
              });
    } catch (IOException ignored) {
      // Same: the restore's outcome does not depend on cleaning up.
    }
  }
}
