package org.iskra.site;

import org.springframework.http.HttpStatus;

/** What an error page tells the reader. */
public record ErrorPage(int status, String title, String message) {

  static ErrorPage of(HttpStatus status) {
    return switch (status) {
      case NOT_FOUND ->
          new ErrorPage(
              404,
              "Page not found",
              "There is no page at this address. It may have moved, or the link may be mistyped.");
      case BAD_REQUEST ->
          new ErrorPage(
              400, "Bad request", "The address or the form sent could not be understood.");
      case METHOD_NOT_ALLOWED ->
          new ErrorPage(405, "Not allowed", "This page cannot be used that way.");
      case TOO_MANY_REQUESTS ->
          new ErrorPage(429, "Too many requests", "Please wait a moment and try again.");
      default ->
          status.is4xxClientError()
              ? new ErrorPage(
                  status.value(), status.getReasonPhrase(), "The request could not be answered.")
              : new ErrorPage(
                  status.value(),
                  "Something went wrong",
                  "The page could not be shown because of an error on our side. It has been logged; please try again later.");
    };
  }
}
