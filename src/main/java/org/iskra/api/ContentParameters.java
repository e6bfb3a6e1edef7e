package org.iskra.api;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The query parameters every Content API listing reads the same way (limit, times, field and
 * include lists, keyset cursors), each refused with an {@link InvalidInput} naming it.
 */
final class ContentParameters {

  static final int MAX_LIMIT = 100;

  private ContentParameters() {}

  /**
   * The address of the page after this one: the request's own path and parameters with its cursor
   * replaced. The key is left out: links get shared, and a client sends its key again anyway.
   */
  static String next(HttpServletRequest request, String cursor) {
    UriComponentsBuilder next = UriComponentsBuilder.fromPath(request.getRequestURI());
    request
        .getParameterMap()
        .forEach(
            (name, values) -> {
              if (!name.equals("key") && !name.equals("cursor")) {
                next.queryParam(name, (Object[]) values);
              }
            });
    return next.queryParam("cursor", cursor).encode().build().toUriString();
  }

  /** Where the previous page ended: the sort key's time and the id. */
  record Position(Instant at, long id) {}

  static int limit(int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidInput("limit", "between 1 and " + MAX_LIMIT + ", not " + limit);
    }
    return limit;
  }

  /** A date (midnight UTC) or an instant; null when absent. */
  static Instant time(String field, String value) {
    if (value == null) {
      return null;
    }
    try {
      return value.length() == 10
          ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
          : Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidInput(
          field, "a date like 2026-01-31 or a time like 2026-01-31T12:00:00Z, not '" + value + "'");
    }
  }

  /** The comma-separated names, each one of {@code known}; empty when absent. */
  static Set<String> names(String field, String value, List<String> known) {
    Set<String> names = new LinkedHashSet<>();
    if (value == null || value.isBlank()) {
      return names;
    }
    for (String name : value.split(",")) {
      String clean = name.strip();
      if (!known.contains(clean)) {
        throw new InvalidInput(field, "'" + clean + "' is not one of " + String.join(", ", known));
      }
      names.add(clean);
    }
    return names;
  }

  /** One of {@code known}, or the default when absent. */
  static String choice(String field, String value, List<String> known, String fallback) {
    if (value == null || value.isEmpty()) {
      return fallback;
    }
    if (!known.contains(value)) {
      throw new InvalidInput(field, "one of " + String.join(", ", known) + ", not '" + value + "'");
    }
    return value;
  }

  /** An opaque cursor for the position under this sort; only the same sort takes it back. */
  static String cursor(String sort, Instant at, long id) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(
            (sort + ":" + at.toEpochMilli() + ":" + id).getBytes(StandardCharsets.UTF_8));
  }

  /** The position a cursor names, or null when absent. */
  static Position position(String cursor, String sort) {
    if (cursor == null) {
      return null;
    }
    try {
      String[] parts =
          new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":");
      if (parts.length != 3 || !parts[0].equals(sort)) {
        throw new IllegalArgumentException();
      }
      return new Position(Instant.ofEpochMilli(Long.parseLong(parts[1])), Long.parseLong(parts[2]));
    } catch (IllegalArgumentException e) {
      throw new InvalidInput(
          "cursor", "not a cursor this listing gave (use nextCursor with the same sort)");
    }
  }
}
