package org.iskra.media;

import java.io.InputStream;
import java.util.Optional;

/**
 * Where the image files live, by key ({@code KEY/960.jpg}): the file system now, an object store
 * later. Keys are built by this package only; implementations refuse any other shape, so that no
 * key can reach outside the store. Implementations are thread-safe.
 */
interface MediaStore {

  /**
   * Stores the bytes under the key, replacing what was there. Atomic: a reader sees the old bytes,
   * the new ones or nothing, never part of a file.
   *
   * @throws java.io.UncheckedIOException when the bytes could not be stored
   */
  void put(String key, byte[] bytes);

  /** The stored bytes as a stream the caller closes, or empty when nothing is stored there. */
  Optional<InputStream> open(String key);

  boolean exists(String key);

  /** Removes the file; nothing happens when there is none, so a retried delete is safe. */
  void delete(String key);
}
