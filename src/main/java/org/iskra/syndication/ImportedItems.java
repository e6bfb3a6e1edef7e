package org.iskra.syndication;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The store of what importers brought in: one row per source item, the old site's addresses and the
 * files articles referred to. Implementations are thread-safe; writes join the caller's
 * transaction.
 */
interface ImportedItems {

  /** An item imported before, and what it looked like then. */
  record Imported(
      String kind, String sourceId, long articleId, int articleVersion, String contentHash) {}

  /** The item with this identity in its source, or empty when it was never imported. */
  Optional<Imported> find(String kind, String sourceId);

  /** The item of that kind imported from this address, or empty; for sources without stable ids. */
  Optional<Imported> findByUrl(String kind, String sourceUrl);

  /** Records an item, or replaces what was recorded of it. */
  void save(
      String kind,
      String sourceId,
      String sourceUrl,
      long articleId,
      int articleVersion,
      String contentHash,
      Instant now);

  /** Points an old address at the article, unless it already points at another one. */
  void addLegacyPath(String path, long articleId);

  /** The article an old address points at, or empty. */
  Optional<Long> findArticleByLegacyPath(String path);

  /** Replaces the files recorded for the article. */
  void replaceAttachments(long articleId, List<ImportedPost.Attachment> attachments);

  /**
   * The media library key of the image that a file of the old site became in an earlier run, or
   * empty.
   *
   * @param kind the source format, e.g. {@code wxr}
   * @param path the file's path under the uploads folder
   */
  Optional<String> findMediaKey(String kind, String path);

  /**
   * Records that a file of the old site became this image, with the article that first showed it
   * (the record goes when that article is deleted, and a later import brings the file in again).
   */
  void saveMediaKey(
      String kind, String path, String url, long articleId, String mediaKey, Instant now);
}
