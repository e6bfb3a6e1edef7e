package org.iskra.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.iskra.account.Account;
import org.iskra.account.Role;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionOperations;

/** The library's rules with in-memory fakes: all-or-nothing uploads and who may change what. */
class MediaLibraryTests {

  /** Files in a map. */
  static class InMemoryMediaStore implements MediaStore {
    final Map<String, byte[]> files = new ConcurrentHashMap<>();

    @Override
    public void put(String key, byte[] bytes) {
      files.put(key, bytes.clone());
    }

    @Override
    public Optional<InputStream> open(String key) {
      return Optional.ofNullable(files.get(key)).map(ByteArrayInputStream::new);
    }

    @Override
    public boolean exists(String key) {
      return files.containsKey(key);
    }

    @Override
    public void delete(String key) {
      files.remove(key);
    }
  }

  /** A store whose database is down: every insert fails. */
  static class FailingMediaItems implements MediaItems {
    @Override
    public Media insert(NewMedia media) {
      throw new IllegalStateException("database is down");
    }

    @Override
    public Optional<Media> findByKey(String key) {
      return Optional.empty();
    }

    @Override
    public List<Media> listByKeys(Collection<String> keys) {
      return List.of();
    }

    @Override
    public List<Media> search(List<String> terms, int offset, int limit) {
      return List.of();
    }

    @Override
    public long count(List<String> terms) {
      return 0;
    }

    @Override
    public Optional<Media> describe(
        String key, String altText, String caption, String credit, String searchText) {
      return Optional.empty();
    }

    @Override
    public boolean delete(String key) {
      return false;
    }
  }

  final InMemoryMediaStore store = new InMemoryMediaStore();
  final List<Object> events = new ArrayList<>();

  MediaLibrary library(MediaItems items) {
    return new MediaLibrary(
        items,
        store,
        new Darkroom(DarkroomTests.settings()),
        TransactionOperations.withoutTransaction(),
        events::add,
        Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC));
  }

  @Test
  void whenTheRowCannotBeAddedTheFilesGoToo() {
    MediaLibrary library = library(new FailingMediaItems());

    assertThatThrownBy(
            () -> library.upload(TestImages.jpeg(1000, 600), "a.jpg", "editor@example.org"))
        .hasMessageContaining("database is down");

    assertThat(store.files).isEmpty();
    assertThat(events).isEmpty();
  }

  @Test
  void aFullDiskIsSaidAsSuchAndLeavesNoFile() {
    MediaStore full =
        new InMemoryMediaStore() {
          @Override
          public void put(String key, byte[] bytes) {
            if (!files.isEmpty()) {
              // What Files.createTempFile throws on ENOSPC.
              throw new java.io.UncheckedIOException(
                  new java.nio.file.FileSystemException(key, null, "No space left on device"));
            }
            super.put(key, bytes);
          }
        };
    InMemoryMediaStore seen = (InMemoryMediaStore) full;
    MediaLibrary library =
        new MediaLibrary(
            new FailingMediaItems(),
            full,
            new Darkroom(DarkroomTests.settings()),
            TransactionOperations.withoutTransaction(),
            events::add,
            Clock.systemUTC());

    assertThatThrownBy(
            () -> library.upload(TestImages.jpeg(1000, 600), "a.jpg", "editor@example.org"))
        .isInstanceOfSatisfying(
            RefusedImage.class,
            e -> assertThat(e.reason()).isEqualTo(RefusedImage.Reason.DISK_FULL))
        .hasMessageContaining("the image was not stored");
    assertThat(seen.files).isEmpty();
  }

  @Test
  void aRefusedUploadWritesNothing() {
    MediaLibrary library = library(new FailingMediaItems());

    assertThatThrownBy(() -> library.upload("GIF8 but not".getBytes(), "x.gif", "a@example.org"))
        .isInstanceOf(RefusedImage.class);

    assertThat(store.files).isEmpty();
  }

  @Test
  void uploaderEditorsAndAdminsMayChangeAnImage() {
    MediaLibrary library = library(new FailingMediaItems());
    Media media = MediaTests.media("image/jpeg", List.of(480), "");

    assertThat(library.mayChange(media, account("Editor@Example.org", Role.CONTRIBUTOR, false)))
        .as("the uploader, in any case")
        .isTrue();
    assertThat(library.mayChange(media, account("other@example.org", Role.CONTRIBUTOR, false)))
        .isFalse();
    assertThat(library.mayChange(media, account("other@example.org", Role.AUTHOR, false)))
        .isFalse();
    assertThat(library.mayChange(media, account("other@example.org", Role.EDITOR, false))).isTrue();
    assertThat(library.mayChange(media, account("other@example.org", Role.ADMIN, false))).isTrue();
    assertThat(library.mayChange(media, account("other@example.org", Role.ADMIN, true)))
        .as("a disabled account")
        .isFalse();
  }

  static Account account(String email, Role role, boolean disabled) {
    return new Account(1, email, "Someone", role, disabled, Instant.EPOCH, false);
  }
}
