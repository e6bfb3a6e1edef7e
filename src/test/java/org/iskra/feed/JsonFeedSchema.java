package org.iskra.feed;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * JSON Feed 1.1 as a JSON Schema of our own ({@code feed/json-feed-1.1.schema.json}, written from
 * the specification), checked by an independent validator with {@code format} asserted, so that a
 * date without an offset or a relative URL is an error and not a note.
 */
final class JsonFeedSchema {

  private static final Schema SCHEMA = load();

  private JsonFeedSchema() {}

  /** The violations, as messages; empty when the document is a valid JSON Feed 1.1. */
  static List<String> violations(String json) {
    return SCHEMA
        .validate(
            json,
            InputFormat.JSON,
            context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)))
        .stream()
        .map(error -> error.getInstanceLocation() + ": " + error.getMessage())
        .toList();
  }

  private static Schema load() {
    try (InputStream in =
        JsonFeedSchema.class.getResourceAsStream("/feed/json-feed-1.1.schema.json")) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
