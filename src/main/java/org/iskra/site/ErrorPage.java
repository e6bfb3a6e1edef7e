package org.iskra.site;

import org.iskra.publication.Words;
import org.springframework.http.HttpStatus;

/** What an error page tells the reader, in the reader's language. */
public record ErrorPage(int status, String title, String message) {

  static ErrorPage of(HttpStatus status, Words words) {
    String key =
        switch (status) {
          case NOT_FOUND -> "404";
          case BAD_REQUEST -> "400";
          case METHOD_NOT_ALLOWED -> "405";
          case TOO_MANY_REQUESTS -> "429";
          case SERVICE_UNAVAILABLE -> "503";
          default -> status.is4xxClientError() ? "4xx" : "5xx";
        };
    String title =
        key.equals("4xx")
            ? words.tOr("error.4xx.title", status.getReasonPhrase())
            : words.t("error." + key + ".title");
    return new ErrorPage(status.value(), title, words.t("error." + key + ".message"));
  }

  /**
   * A form was sent while the database was away: nothing of it was kept, and it can be sent again.
   */
  static ErrorPage unsaved(Words words) {
    return new ErrorPage(
        HttpStatus.SERVICE_UNAVAILABLE.value(),
        words.t("error.503.title"),
        words.t("error.503.unsaved"));
  }

  /**
   * The store or a file could not be written for want of space: nothing of a form sent was kept,
   * and sending it again will fail the same way until an administrator frees space.
   */
  static ErrorPage diskFull(Words words, boolean formSent) {
    return new ErrorPage(
        HttpStatus.INSUFFICIENT_STORAGE.value(),
        words.t("error.507.title"),
        words.t(formSent ? "error.507.unsaved" : "error.507.message"));
  }
}
