package org.iskra.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import org.junit.jupiter.api.Test;

class DiskFullTests {

  @Test
  void aWriteOrACreationRefusedForWantOfSpaceIsAFullDisk() {
    assertThat(DiskFull.isCause(new IOException("No space left on device"))).isTrue();
    assertThat(
            DiskFull.isCause(
                new UncheckedIOException(
                    new FileSystemException("/srv/media/ab", null, "Disk quota exceeded"))))
        .as("a quota, as the cause of another exception")
        .isTrue();
  }

  @Test
  void otherFailuresAreNot() {
    assertThat(DiskFull.isCause(new UncheckedIOException(new AccessDeniedException("/srv/media"))))
        .as("a refused permission is not a full disk")
        .isFalse();
    assertThat(DiskFull.isCause(new IllegalStateException("No space left on device")))
        .as("only what the file system says counts")
        .isFalse();
    assertThat(DiskFull.isCause(new IOException((String) null))).isFalse();
  }
}
