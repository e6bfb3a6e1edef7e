package org.iskra.api;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.stream.Collectors;
import org.iskra.article.ArticleConflict;
import org.iskra.article.ArticleNotFound;
import org.iskra.article.InvalidArticle;
import org.iskra.media.InvalidMedia;
import org.iskra.media.RefusedImage;
import org.iskra.section.InvalidSection;
import org.iskra.store.DatabaseOutage;
import org.iskra.store.DiskFull;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Every error of the Content and Admin APIs as an RFC 9457 problem detail ({@code
 * application/problem+json}): Spring's own (405, 406, 415, missing parameters…) through {@link
 * ResponseEntityExceptionHandler}, ours below. Invalid input names the field in the detail and in a
 * {@code field} member; a stale update carries {@code currentVersion}.
 */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
class ApiErrors extends ResponseEntityExceptionHandler {

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof LimitedBody.TooLarge tooLarge) {
        ProblemDetail problem =
            ProblemDetail.forStatusAndDetail(
                HttpStatus.CONTENT_TOO_LARGE,
                "The body is too large; the largest accepted is " + tooLarge.limit + " bytes");
        return createResponseEntity(problem, headers, HttpStatus.CONTENT_TOO_LARGE, request);
      }
    }
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
    problem.setTitle("Malformed request body");
    Throwable cause = e.getMostSpecificCause();
    if (cause instanceof JacksonException json && !json.getPath().isEmpty()) {
      String field = field(json);
      problem.setProperty("field", field);
      problem.setDetail(
          cause instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
              ? "Field '"
                  + field
                  + "' has the wrong type: expected "
                  + typeName(mismatch.getTargetType())
              : "Field '" + field + "' is malformed: " + json.getOriginalMessage());
    } else if (cause instanceof JacksonException json && json.getLocation() != null) {
      TokenStreamLocation at = json.getLocation();
      problem.setDetail(
          "The body is not valid JSON at line "
              + at.getLineNr()
              + ", column "
              + at.getColumnNr()
              + ": "
              + json.getOriginalMessage());
    } else {
      problem.setDetail("The body is missing or is not valid JSON");
    }
    return createResponseEntity(problem, headers, HttpStatus.BAD_REQUEST, request);
  }

  @Override
  protected ResponseEntity<Object> handleTypeMismatch(
      TypeMismatchException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String name =
        e instanceof MethodArgumentTypeMismatchException argument
            ? argument.getName()
            : e.getPropertyName();
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST,
            "Parameter '"
                + name
                + "' has the wrong type: expected "
                + (e.getRequiredType() == null ? "another value" : typeName(e.getRequiredType()))
                + ", got '"
                + e.getValue()
                + "'");
    problem.setProperty("field", name);
    return createResponseEntity(problem, headers, HttpStatus.BAD_REQUEST, request);
  }

  @ExceptionHandler(ArticleConflict.class)
  ProblemDetail conflict(ArticleConflict e, HttpServletRequest request) {
    ProblemDetail problem = problem(HttpStatus.CONFLICT, e.getMessage(), request);
    problem.setTitle("Stale version");
    problem.setProperty("currentVersion", e.current().version());
    return problem;
  }

  @ExceptionHandler({ArticleNotFound.class, NotFound.class})
  ProblemDetail notFound(RuntimeException e, HttpServletRequest request) {
    return problem(HttpStatus.NOT_FOUND, e.getMessage(), request);
  }

  @ExceptionHandler({InvalidArticle.class, InvalidSection.class, InvalidMedia.class})
  ProblemDetail invalid(RuntimeException e, HttpServletRequest request) {
    ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage(), request);
    fieldOf(e.getMessage(), problem);
    return problem;
  }

  @ExceptionHandler(InvalidInput.class)
  ProblemDetail badInput(InvalidInput e, HttpServletRequest request) {
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, e.getMessage(), request);
    problem.setProperty("field", e.field());
    return problem;
  }

  @ExceptionHandler(RefusedImage.class)
  ProblemDetail refused(RefusedImage e, HttpServletRequest request) {
    return problem(HttpStatus.valueOf(e.reason().status()), e.getMessage(), request);
  }

  /**
   * The database is away: 503 with {@code Retry-After}, since the same request will succeed once it
   * is back. Its disk is full: 507. Any other data access failure stays a 500.
   */
  @ExceptionHandler({DataAccessException.class, TransactionException.class})
  ResponseEntity<ProblemDetail> outage(RuntimeException e, HttpServletRequest request) {
    if (DiskFull.isCause(e)) {
      // Nothing was written, and the same request fails until an administrator frees space.
      return ResponseEntity.status(HttpStatus.INSUFFICIENT_STORAGE)
          .body(problem(HttpStatus.INSUFFICIENT_STORAGE, Problems.DISK_FULL, request));
    }
    if (!DatabaseOutage.causedBy(e)) {
      throw e;
    }
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header(HttpHeaders.RETRY_AFTER, DatabaseOutage.retryAfterHeader())
        .body(problem(HttpStatus.SERVICE_UNAVAILABLE, Problems.OUTAGE, request));
  }

  @ExceptionHandler(AccessDeniedException.class)
  ProblemDetail forbidden(AccessDeniedException e, HttpServletRequest request) {
    return problem(HttpStatus.FORBIDDEN, e.getMessage(), request);
  }

  private static ProblemDetail problem(
      HttpStatus status, String detail, HttpServletRequest request) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setInstance(URI.create(request.getRequestURI()));
    return problem;
  }

  /** Our validation messages start with the field: {@code "publish time: …"}. */
  private static void fieldOf(String message, ProblemDetail problem) {
    if (message != null && message.matches("^[a-z][a-z ]{0,30}: .*")) {
      problem.setProperty("field", message.substring(0, message.indexOf(':')));
    }
  }

  private static String field(JacksonException e) {
    return e.getPath().stream()
        .map(
            reference ->
                reference.getPropertyName() != null
                    ? reference.getPropertyName()
                    : "[" + reference.getIndex() + "]")
        .collect(Collectors.joining("."))
        .replace(".[", "[");
  }

  private static String typeName(Class<?> type) {
    if (type == long.class || type == int.class || Number.class.isAssignableFrom(type)) {
      return "a number";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type == String.class) {
      return "a string";
    }
    if (java.util.Collection.class.isAssignableFrom(type)) {
      return "an array";
    }
    if (type == java.time.Instant.class) {
      return "a time like 2026-01-31T12:00:00Z";
    }
    if (type.isEnum()) {
      return "one of " + java.util.Arrays.toString(type.getEnumConstants());
    }
    return "an object";
  }

  @Override
  protected ResponseEntity<Object> createResponseEntity(
      Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    if (body instanceof ProblemDetail problem
        && problem.getInstance() == null
        && request instanceof ServletWebRequest servlet) {
      problem.setInstance(URI.create(servlet.getRequest().getRequestURI()));
    }
    return super.createResponseEntity(body, headers, status, request);
  }
}
