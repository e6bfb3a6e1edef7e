package org.iskra.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes RFC 9457 problem details from filters, where no controller advice reaches: the same shape
 * as {@link ApiErrors} gives controllers' errors.
 */
final class Problems {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** The detail of a 503 while the database is away ({@link org.iskra.store.DatabaseOutage}). */
  static final String OUTAGE =
      "The database is briefly unavailable; nothing was read or changed. Try again after the"
          + " Retry-After delay.";

  /** The detail of a 507 when the store cannot grow ({@link org.iskra.store.DiskFull}). */
  static final String DISK_FULL =
      "The server's disk is full; nothing was changed. The request will fail the same way until"
          + " an administrator frees some space.";

  private Problems() {}

  static ProblemDetail of(HttpStatus status, String detail, HttpServletRequest request) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setInstance(URI.create(request.getRequestURI()));
    return problem;
  }

  static void write(
      HttpServletResponse response, HttpServletRequest request, HttpStatus status, String detail)
      throws IOException {
    ProblemDetail problem = of(status, detail, request);
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(JSON.writeValueAsString(problem));
  }
}
