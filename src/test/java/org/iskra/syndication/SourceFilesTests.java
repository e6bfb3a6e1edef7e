package org.iskra.syndication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

class SourceFilesTests {

  @TempDir Path dir;

  @Test
  void refusesFilesOverTheLimitBeforeReadingThem() throws IOException {
    SourceFiles files = new SourceFiles(new ImportSettings(DataSize.ofMegabytes(1)));
    Path big = Files.write(dir.resolve("big.xml"), new byte[1024 * 1024 + 1]);
    Path small = Files.writeString(dir.resolve("small.xml"), "<rss/>");

    assertThatThrownBy(() -> files.read(big))
        .isInstanceOf(UnreadableText.class)
        .hasMessageContaining(
            "big.xml: 1 MB is larger than the limit of 1 MB (iskra.import.max-file-size)");
    assertThat(files.read(small)).hasSize(6);
    assertThatThrownBy(() -> files.read(dir.resolve("missing.xml")))
        .hasMessageEndingWith("missing.xml: no such file");
    assertThatThrownBy(() -> files.read(dir)).hasMessageEndingWith("is a directory, not a file");
  }
}
