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
          default -> status.is4xxClientError() ? "4xx" : "5xx";
        };
    String title =
        key.equals("4xx")
            ? words.tOr("error.4xx.title", status.getReasonPhrase())
            : words.t("error." + key + ".title");
    return new ErrorPage(status.value(), title, words.t("error." + key + ".message"));
  }
}
