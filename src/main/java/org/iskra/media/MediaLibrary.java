package org.iskra.media;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.iskra.account.Account;
import org.iskra.account.Role;
import org.iskra.store.DiskFull;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The media library: takes uploads, finds, describes and deletes images. Thread-safe.
 *
 * <p>An upload is developed (checked, cleaned, resized) and its files written before the
 * transaction that adds its row, so the database is never held while pixels are pushed; if the row
 * cannot be added, the files are removed again. A delete removes the row first and the files after
 * the commit: a crash in between leaves unreachable files, never a row without its files.
 */
@Service
public class MediaLibrary {

  private static final Logger log = LoggerFactory.getLogger(MediaLibrary.class);

  /** Images per page of the library. */
  public static final int PAGE_SIZE = 24;

  /** The longest alt text, caption and credit accepted, in characters. */
  public static final int MAX_ALT_TEXT = 1000;

  public static final int MAX_CAPTION = 2000;
  public static final int MAX_CREDIT = 200;

  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{16,64}");
  private static final int MAX_TERMS = 5;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final MediaItems items;
  private final MediaStore store;
  private final Darkroom darkroom;
  private final TransactionOperations transactions;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  MediaLibrary(
      MediaItems items,
      MediaStore store,
      Darkroom darkroom,
      TransactionOperations transactions,
      ApplicationEventPublisher events,
      Clock clock) {
    this.items = items;
    this.store = store;
    this.darkroom = darkroom;
    this.transactions = transactions;
    this.events = events;
    this.clock = clock;
  }

  /** An upload without alt text, from no known client address. */
  public Media upload(byte[] bytes, String originalName, String uploaderEmail) {
    return upload(bytes, originalName, "", uploaderEmail, "");
  }

  /**
   * Adds an image: checks its type from the content, strips its metadata, stores it in every width,
   * records it and publishes {@link MediaUploaded}. All or nothing.
   *
   * @param originalName the file's name as sent, kept for searching only
   * @param altText may be empty, to be written later
   * @param clientAddress the uploader's IP address for the audit log, or empty
   * @throws RefusedImage when the bytes are not an acceptable image; nothing is stored then
   * @throws InvalidMedia when the alt text is too long; nothing is stored then
   */
  public Media upload(
      byte[] bytes,
      String originalName,
      String altText,
      String uploaderEmail,
      String clientAddress) {
    String alt = checked(altText, MAX_ALT_TEXT, "The alt text");
    DevelopedImage developed = darkroom.develop(bytes);
    String key = newKey();
    String name = cleanName(originalName);
    List<String> written = new ArrayList<>();
    try {
      for (DevelopedImage.Variant variant : developed.variants()) {
        String file = fileKey(key, variant.width(), developed.extension());
        store.put(file, variant.bytes());
        written.add(file);
      }
      DevelopedImage.Variant full = developed.largest();
      MediaItems.NewMedia row =
          new MediaItems.NewMedia(
              key,
              name,
              developed.contentType(),
              full.width(),
              full.height(),
              full.bytes().length,
              developed.variants().stream().map(DevelopedImage.Variant::width).toList(),
              alt,
              searchText(name, alt, "", ""),
              uploaderEmail == null ? "" : uploaderEmail,
              clock.instant());
      return transactions.execute(
          status -> {
            Media media = items.insert(row);
            events.publishEvent(
                new MediaUploaded(
                    key,
                    name,
                    media.contentType(),
                    media.width(),
                    media.height(),
                    media.uploadedBy(),
                    clientAddress == null ? "" : clientAddress));
            return media;
          });
    } catch (RuntimeException e) {
      written.forEach(this::deleteQuietly);
      if (DiskFull.isCause(e)) {
        throw new RefusedImage(
            RefusedImage.Reason.DISK_FULL,
            "The disk is full: the image was not stored. Ask an administrator to free some space,"
                + " then upload it again.",
            e);
      }
      throw e;
    }
  }

  /** The image with this key, or empty when there is none (or the key is malformed). */
  public Optional<Media> findByKey(String key) {
    return isKey(key) ? items.findByKey(key) : Optional.empty();
  }

  /**
   * The images with these keys in the order given, each once; unknown and malformed keys are left
   * out. One query whatever the number of keys, for pages that show several images.
   */
  public List<Media> listByKeys(Collection<String> keys) {
    LinkedHashSet<String> wanted = new LinkedHashSet<>();
    for (String key : keys) {
      if (isKey(key)) {
        wanted.add(key);
      }
    }
    Map<String, Media> found =
        items.listByKeys(wanted).stream()
            .collect(Collectors.toMap(Media::key, Function.identity(), (a, b) -> a));
    LinkedHashMap<String, Media> ordered = new LinkedHashMap<>();
    for (String key : wanted) {
      Media media = found.get(key);
      if (media != null) {
        ordered.put(key, media);
      }
    }
    return List.copyOf(ordered.values());
  }

  /**
   * A page of images, newest first, whose alt text, caption, credit or file name contain every word
   * of the query (in any case); a blank query lists all. A page past the last is empty.
   *
   * @param page from 1
   */
  public MediaPage search(String query, int page) {
    List<String> terms = terms(query);
    long total = items.count(terms);
    int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    int number = Math.max(1, page);
    List<Media> found =
        total == 0 ? List.of() : items.search(terms, (number - 1) * PAGE_SIZE, PAGE_SIZE);
    return new MediaPage(found, number, pages, total);
  }

  /** Whether the account may describe or delete the image: its uploader, editors, admins. */
  public boolean mayChange(Media media, Account account) {
    if (account.disabled()) {
      return false;
    }
    return account.role() == Role.ADMIN
        || account.role() == Role.EDITOR
        || account.email().equalsIgnoreCase(media.uploadedBy());
  }

  /**
   * Replaces the alt text, caption and credit (each stripped; empty is allowed, but an article
   * cannot be published with an image without alt text).
   *
   * @return the image as now described, or empty when there is no such image
   * @throws MediaNotAllowed when the account may not change the image
   * @throws InvalidMedia when a text is too long
   */
  public Optional<Media> describe(
      String key, String altText, String caption, String credit, Account by) {
    Optional<Media> current = findByKey(key);
    if (current.isEmpty()) {
      return Optional.empty();
    }
    requireMayChange(current.get(), by);
    String alt = checked(altText, MAX_ALT_TEXT, "The alt text");
    String captionText = checked(caption, MAX_CAPTION, "The caption");
    String creditText = checked(credit, MAX_CREDIT, "The credit");
    Optional<Media> described =
        items.describe(
            key,
            alt,
            captionText,
            creditText,
            searchText(current.get().originalName(), alt, captionText, creditText));
    described.ifPresent(
        media -> events.publishEvent(new MediaDescribed(key, media.originalName(), by.email())));
    return described;
  }

  /**
   * Removes the image's row, publishes {@link MediaDeleted}, then removes its files. Deleting an
   * image that is already gone does nothing and returns false.
   *
   * @throws MediaNotAllowed when the account may not change the image
   */
  public boolean delete(String key, Account by, String clientAddress) {
    Optional<Media> found = findByKey(key);
    if (found.isEmpty()) {
      return false;
    }
    Media media = found.get();
    requireMayChange(media, by);
    Boolean deleted =
        transactions.execute(
            status -> {
              if (!items.delete(key)) {
                return false;
              }
              events.publishEvent(
                  new MediaDeleted(
                      key,
                      media.originalName(),
                      by.email(),
                      clientAddress == null ? "" : clientAddress));
              return true;
            });
    if (Boolean.TRUE.equals(deleted)) {
      for (int width : media.variantWidths()) {
        deleteQuietly(fileKey(key, width, media.extension()));
      }
    }
    return Boolean.TRUE.equals(deleted);
  }

  /** Whether the text has the shape of a key this library makes. */
  static boolean isKey(String key) {
    return key != null && KEY.matcher(key).matches();
  }

  /** Where a variant's file is stored; also the tail of its public address. */
  static String fileKey(String key, int width, String extension) {
    return key + "/" + width + "." + extension;
  }

  private void requireMayChange(Media media, Account by) {
    if (by == null || !mayChange(media, by)) {
      throw new MediaNotAllowed(
          "Only the uploader, editors and administrators may change this image.");
    }
  }

  private void deleteQuietly(String file) {
    try {
      store.delete(file);
    } catch (RuntimeException e) {
      log.warn("Could not delete media file {}: {}", file, e.toString());
    }
  }

  // 16 random bytes: unguessable, so unpublished images are not found by counting.
  private static String newKey() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String cleanName(String originalName) {
    if (originalName == null) {
      return "";
    }
    // Browsers on Windows once sent whole paths; only the last part is the name.
    String name = originalName.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).strip();
    name = name.replaceAll("\\p{Cntrl}", "");
    return name.length() > 255 ? name.substring(0, 255) : name;
  }

  private static String checked(String text, int max, String what) {
    String clean = text == null ? "" : text.strip();
    if (clean.codePointCount(0, clean.length()) > max) {
      throw new InvalidMedia(what + " may have at most " + max + " characters.");
    }
    return clean;
  }

  private static String searchText(String name, String alt, String caption, String credit) {
    return String.join("\n", name, alt, caption, credit).toLowerCase(Locale.ROOT);
  }

  private static List<String> terms(String query) {
    if (query == null || query.isBlank()) {
      return List.of();
    }
    return Arrays.stream(query.strip().toLowerCase(Locale.ROOT).split("\\s+"))
        .distinct()
        .limit(MAX_TERMS)
        .toList();
  }
}
