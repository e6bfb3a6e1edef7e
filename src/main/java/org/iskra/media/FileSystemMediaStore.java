package org.iskra.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Files under {@code iskra.media.directory}, one folder per image. A file is written next to its
 * target, flushed to disk and then moved into place in one step, so a crash never leaves half an
 * image behind a public URL.
 */
@Component
class FileSystemMediaStore implements MediaStore {

  // Segments start with a letter, digit, '-' or '_', so "." and ".." can never be one.
  private static final Pattern KEY =
      Pattern.compile(
          "[A-Za-z0-9_-]{1,64}(\\.[a-z0-9]{1,8})?(/[A-Za-z0-9_-]{1,64}(\\.[a-z0-9]{1,8})?){0,3}");

  private final Path root;

  FileSystemMediaStore(MediaSettings settings) {
    this.root = settings.directory().toAbsolutePath().normalize();
  }

  @Override
  public void put(String key, byte[] bytes) {
    Path target = resolve(key);
    Path temporary = null;
    try {
      Files.createDirectories(target.getParent());
      temporary = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        channel.write(java.nio.ByteBuffer.wrap(bytes));
        channel.force(true);
      }
      Files.move(
          temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      temporary = null;
      flush(target.getParent());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not store " + key, e);
    } finally {
      if (temporary != null) {
        deleteQuietly(temporary);
      }
    }
  }

  @Override
  public Optional<InputStream> open(String key) {
    try {
      return Optional.of(Files.newInputStream(resolve(key)));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + key, e);
    }
  }

  @Override
  public boolean exists(String key) {
    return Files.isRegularFile(resolve(key));
  }

  @Override
  public void delete(String key) {
    Path file = resolve(key);
    try {
      Files.deleteIfExists(file);
      // The image's folder goes with its last file; a folder still in use stays.
      for (Path dir = file.getParent(); !dir.equals(root); dir = dir.getParent()) {
        Files.deleteIfExists(dir);
      }
    } catch (DirectoryNotEmptyException | NoSuchFileException e) {
      // Another file of the image is still there, or another delete got there first.
    } catch (IOException e) {
      throw new UncheckedIOException("Could not delete " + key, e);
    }
  }

  private Path resolve(String key) {
    if (key == null || !KEY.matcher(key).matches()) {
      throw new IllegalArgumentException("Not a media key: " + key);
    }
    Path path = root.resolve(key).normalize();
    if (!path.startsWith(root) || path.equals(root)) {
      throw new IllegalArgumentException("Not a media key: " + key);
    }
    return path;
  }

  // The rename survives a power cut only once the directory itself is on disk (as SQLite's FULL
  // synchronous mode does for the row that points at the file). Not every platform can do this.
  private static void flush(Path directory) {
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // Windows cannot open a directory as a channel; its file system orders the rename itself.
    }
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      // A stray temporary file is harmless: its name never matches a key.
    }
  }
}
