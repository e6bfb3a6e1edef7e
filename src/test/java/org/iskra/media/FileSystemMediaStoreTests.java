package org.iskra.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

class FileSystemMediaStoreTests {

  @TempDir Path root;

  MediaStore store() {
    return new FileSystemMediaStore(
        new MediaSettings(root, DataSize.ofMegabytes(1), 1000, List.of(480), 2400));
  }

  @Test
  void storesReadsAndDeletesWithItsFolder() throws IOException {
    MediaStore store = store();
    store.put("abcdefghijklmnop/480.jpg", new byte[] {1, 2, 3});
    store.put("abcdefghijklmnop/480.jpg", new byte[] {4, 5});

    assertThat(store.exists("abcdefghijklmnop/480.jpg")).isTrue();
    try (InputStream in = store.open("abcdefghijklmnop/480.jpg").orElseThrow()) {
      assertThat(in.readAllBytes()).containsExactly(4, 5);
    }
    try (var files = Files.list(root.resolve("abcdefghijklmnop"))) {
      assertThat(files.toList()).as("no temporary file is left behind").hasSize(1);
    }

    store.delete("abcdefghijklmnop/480.jpg");
    store.delete("abcdefghijklmnop/480.jpg");
    assertThat(store.exists("abcdefghijklmnop/480.jpg")).isFalse();
    assertThat(store.open("abcdefghijklmnop/480.jpg")).isEmpty();
    assertThat(root.resolve("abcdefghijklmnop")).doesNotExist();
    assertThat(root).exists();
  }

  @Test
  void keysCannotLeaveTheRoot() {
    MediaStore store = store();
    for (String key :
        List.of(
            "../x.jpg", "a/../../x.jpg", "/etc/passwd", "..", ".", "a/./b", "a\\b", "", "a//b")) {
      assertThatThrownBy(() -> store.put(key, new byte[] {1}))
          .as(key)
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> store.open(key))
          .as(key)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
