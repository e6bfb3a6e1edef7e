package org.iskra.site;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The {@code ?page=N} of a listing. Only a plain positive number is a page; anything else is a page
 * that does not exist (404), never a server error.
 */
final class PageNumber {

  private static final int MAX_DIGITS = 6;

  private PageNumber() {}

  static int parse(String raw) {
    if (raw == null) {
      return 1;
    }
    if (raw.isEmpty()
        || raw.length() > MAX_DIGITS
        || !raw.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw notFound();
    }
    int number = Integer.parseInt(raw);
    if (number < 1) {
      throw notFound();
    }
    return number;
  }

  static ResponseStatusException notFound() {
    return new ResponseStatusException(HttpStatus.NOT_FOUND);
  }
}
