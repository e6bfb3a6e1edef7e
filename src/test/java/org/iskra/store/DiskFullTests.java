package org.iskra.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.sql.SQLException;
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
  void aDatabaseThatCannotGrowIsAFullDisk() {
    assertThat(
            DiskFull.isCause(
                new RuntimeException(
                    "Could not commit JDBC transaction",
                    new SQLException(
                        "[SQLITE_FULL] Insertion failed because database is full (database or"
                            + " disk is full)"))))
        .isTrue();
    assertThat(
            DiskFull.isCause(
                new SQLException("could not extend file \"base/16384/2619\"", "53100")))
        .isTrue();
    assertThat(DiskFull.isCause(new SQLException("deadlock detected", "40P01"))).isFalse();
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
