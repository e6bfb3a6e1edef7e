package org.iskra.syndication;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.springframework.stereotype.Component;

/** Reads an import's input whole, refusing what is missing, a directory or too large. */
@Component
class SourceFiles {

  private final ImportSettings settings;

  SourceFiles(ImportSettings settings) {
    this.settings = settings;
  }

  /**
   * The file's bytes.
   *
   * @throws UnreadableText when the file is missing, a directory, larger than the limit or
   *     unreadable
   */
  byte[] read(Path file) {
    try {
      if (Files.isDirectory(file)) {
        throw new UnreadableText(file + ": is a directory, not a file");
      }
      long size = Files.size(file);
      if (size > settings.maxFileSize().toBytes()) {
        throw new UnreadableText(
            file
                + ": "
                + size / (1024 * 1024)
                + " MB is larger than the limit of "
                + settings.maxFileSize().toMegabytes()
                + " MB (iskra.import.max-file-size); split it or raise the limit");
      }
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new UnreadableText(file + ": no such file");
    } catch (IOException e) {
      throw new UnreadableText(file + ": cannot be read (" + e.getMessage() + ")");
    }
  }
}
