package org.iskra.media;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The store of the library's rows (the files are in {@link MediaStore}). Thread-safe. */
interface MediaItems {

  /** What a new row holds; the store adds the id. */
  record NewMedia(
      String key,
      String originalName,
      String contentType,
      int width,
      int height,
      long byteSize,
      List<Integer> variantWidths,
      String altText,
      String searchText,
      String uploadedBy,
      Instant createdAt) {}

  Media insert(NewMedia media);

  Optional<Media> findByKey(String key);

  /** The images with these keys, in no particular order; unknown keys are left out. One query. */
  List<Media> listByKeys(Collection<String> keys);

  /**
   * Newest first, those whose search text contains every term (already lower case); no terms means
   * all.
   */
  List<Media> search(List<String> terms, int offset, int limit);

  long count(List<String> terms);

  /** Replaces the description; empty when there is no such image. */
  Optional<Media> describe(
      String key, String altText, String caption, String credit, String searchText);

  /** Whether there was a row to delete. */
  boolean delete(String key);
}
