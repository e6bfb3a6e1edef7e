package org.iskra.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * How {@code iskra reindex} asks a running server to rebuild its index, since only one process may
 * write it: a request file in the index's folder, which the server takes within seconds, and a file
 * with the outcome once the new index is in use.
 */
@Component
public class SearchRebuildRequests {

  private final Path requested;
  private final Path done;

  SearchRebuildRequests(SearchSettings settings) {
    this.requested = settings.directory().resolve("rebuild.requested");
    this.done = settings.directory().resolve("rebuild.done");
  }

  /** Asks for a rebuild; forgets the outcome of the previous one. */
  public void request() {
    try {
      Files.createDirectories(requested.getParent());
      Files.deleteIfExists(done);
      Files.writeString(requested, Instant.now().toString(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not ask for a rebuild in " + requested.getParent(), e);
    }
  }

  /** The outcome of the requested rebuild, once it has happened. */
  public Optional<String> outcome() {
    try {
      return Files.exists(done)
          ? Optional.of(Files.readString(done, StandardCharsets.UTF_8))
          : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** For the server: whether a rebuild was asked for; the request is taken away. */
  boolean take() {
    try {
      return Files.deleteIfExists(requested);
    } catch (IOException e) {
      return false;
    }
  }

  /** For the server: tells the asking command how it went. */
  void answer(String outcome) {
    try {
      Files.writeString(done, outcome, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
