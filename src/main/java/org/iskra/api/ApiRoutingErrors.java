package org.iskra.api;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Errors found before any controller is chosen (wrong method or content type, unknown path): no
 * controller's advice applies to them, so this one answers them as problem details for the Content
 * and Admin APIs only, and hands every other path back to the site's error pages.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiRoutingErrors {

  @ExceptionHandler({
    HttpMediaTypeNotSupportedException.class,
    HttpMediaTypeNotAcceptableException.class,
    HttpRequestMethodNotSupportedException.class,
    NoResourceFoundException.class
  })
  ProblemDetail routing(Exception e, HttpServletRequest request) throws Exception {
    String path = request.getRequestURI();
    if (!path.startsWith(ApiAuthenticationFilter.CONTENT)
        && !path.startsWith(ApiAuthenticationFilter.ADMIN)) {
      // Not ours: rethrowing hands the exception back to Spring's default handling.
      throw e;
    }
    ProblemDetail problem =
        e instanceof ErrorResponse response
            ? response.getBody()
            : ProblemDetail.forStatus(HttpStatus.INTERNAL_SERVER_ERROR);
    if (e instanceof NoResourceFoundException) {
      problem.setDetail("No such API route: " + request.getMethod() + " " + path);
    }
    problem.setInstance(URI.create(path));
    return problem;
  }
}
