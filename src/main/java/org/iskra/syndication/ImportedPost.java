package org.iskra.syndication;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.iskra.article.ArticleStatus;

/**
 * One item of any source, read and ready to be stored: names instead of ids (sections, authors and
 * tags are found or created in the item's own transaction), the old site's addresses and files.
 *
 * @param kind the source format, stored with the item ({@code wxr}, {@code ghost}, {@code feed})
 * @param sourceId the item's identity in its source (a WordPress post id, a Ghost id, a GUID)
 * @param sourceUrl its address on the old site, or empty
 * @param position where it is in the source, for the report
 * @param label what it is, for the report
 * @param standfirst plain text, or empty
 * @param body HTML, sanitised by the publisher
 * @param publishedAt when it was published, or null
 * @param sectionSlug the section, found or created (named {@code sectionName}) in the transaction
 * @param legacyPaths normalised old addresses ({@link LegacyPaths}) that should redirect to it
 * @param attachments files it refers to on the old site
 * @param featuredImage the key of its featured image in the media library, or null
 * @param media the old site's files brought into the media library for it, to be recorded with it
 */
record ImportedPost(
    String kind,
    String sourceId,
    String sourceUrl,
    String position,
    String label,
    String title,
    String standfirst,
    String body,
    ArticleStatus status,
    Instant publishedAt,
    String sectionSlug,
    String sectionName,
    List<String> authorNames,
    List<String> tagNames,
    List<String> legacyPaths,
    List<Attachment> attachments,
    String featuredImage,
    List<MediaFile> media) {

  ImportedPost {
    authorNames = List.copyOf(authorNames);
    tagNames = List.copyOf(tagNames);
    legacyPaths = List.copyOf(legacyPaths);
    attachments = List.copyOf(attachments);
    media = List.copyOf(media);
  }

  /** An item without a featured image and without files in the media library. */
  ImportedPost(
      String kind,
      String sourceId,
      String sourceUrl,
      String position,
      String label,
      String title,
      String standfirst,
      String body,
      ArticleStatus status,
      Instant publishedAt,
      String sectionSlug,
      String sectionName,
      List<String> authorNames,
      List<String> tagNames,
      List<String> legacyPaths,
      List<Attachment> attachments) {
    this(
        kind,
        sourceId,
        sourceUrl,
        position,
        label,
        title,
        standfirst,
        body,
        status,
        publishedAt,
        sectionSlug,
        sectionName,
        authorNames,
        tagNames,
        legacyPaths,
        attachments,
        null,
        List.of());
  }

  /**
   * A file of the old site that became an image in the media library.
   *
   * @param path its path under the uploads folder, e.g. {@code 2019/03/photo.jpg}: its identity
   * @param url its address on the old site
   * @param mediaKey the image's key in the media library
   */
  record MediaFile(String path, String url, String mediaKey) {}

  /**
   * A file on the old site.
   *
   * @param localPath a local copy, or null when none was given or found
   */
  record Attachment(String url, String localPath) {}

  /** A digest of everything stored from the item: equal digests mean nothing changed. */
  String contentHash() {
    StringBuilder all = new StringBuilder();
    List<Object> fields =
        new java.util.ArrayList<>(
            List.of(
                title,
                standfirst,
                body,
                status.code(),
                String.valueOf(publishedAt),
                sectionSlug,
                sectionName,
                authorNames,
                tagNames,
                legacyPaths,
                attachments));
    // Only when there is one, so that items imported before featured images keep their digest.
    if (featuredImage != null) {
      fields.add(featuredImage);
    }
    for (Object field : fields) {
      String text = String.valueOf(field);
      all.append(text.length()).append(':').append(text).append('\n');
    }
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(all.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JDK has SHA-256", e);
    }
  }
}
