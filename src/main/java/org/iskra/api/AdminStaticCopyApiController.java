package org.iskra.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.iskra.account.Account;
import org.iskra.account.Role;
import org.iskra.staticsite.StaticCopyRefresher;
import org.iskra.staticsite.StaticExportReport;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The static copy for scripts ({@code static-copy:write}, administrators): what the desk's Static
 * copy page does, so that a deployment can refresh the copy and wait for it to be written before it
 * uploads the folder to its host.
 */
@RestController
@SecurityRequirement(name = ApiDocumentation.ADMIN_TOKEN)
@RequestMapping(path = "/api/admin/v1/static-copy", produces = "application/json")
@Tag(name = "Admin API: static copy")
class AdminStaticCopyApiController {

  private static final String SELF = "/api/admin/v1/static-copy";

  private final StaticCopyRefresher refresher;

  AdminStaticCopyApiController(StaticCopyRefresher refresher) {
    this.refresher = refresher;
  }

  @GetMapping
  @Operation(summary = "The static copy's folder and its latest refresh since the server started")
  ResponseEntity<Map<String, Object>> state() {
    administrator();
    return ResponseEntity.ok(state(refresher.latest()));
  }

  @PostMapping("/refresh")
  @Operation(
      summary =
          "Starts a refresh of the static copy in the background, or joins the one running;"
              + " follow it at GET /api/admin/v1/static-copy")
  ResponseEntity<Map<String, Object>> refresh() {
    Account me = administrator();
    if (refresher.directory() == null) {
      // Thrown, not returned: ApiErrors writes it as every other problem of the API is written.
      ProblemDetail problem =
          ProblemDetail.forStatusAndDetail(
              HttpStatus.CONFLICT,
              "No folder is set for the static copy: set iskra.static-copy.directory first.");
      problem.setInstance(URI.create(SELF + "/refresh"));
      throw new ErrorResponseException(HttpStatus.CONFLICT, problem, null);
    }
    refresher.start(me.email());
    return ResponseEntity.accepted().location(URI.create(SELF)).body(state(refresher.latest()));
  }

  private static Account administrator() {
    Account me = ApiCallers.account(Scope.STATIC_COPY_WRITE);
    if (me.role() != Role.ADMIN) {
      throw new AccessDeniedException("Only administrators refresh the static copy");
    }
    return me;
  }

  private Map<String, Object> state(StaticCopyRefresher.Refresh latest) {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("directory", refresher.directory() == null ? null : refresher.directory().toString());
    Duration after = refresher.refreshAfterChanges();
    state.put("refreshAfterChangesMillis", after == null ? null : after.toMillis());
    if (latest == null) {
      state.put("latest", null);
      return state;
    }
    Map<String, Object> refresh = new LinkedHashMap<>();
    refresh.put(
        "state", latest.running() ? "running" : latest.failure() == null ? "done" : "failed");
    refresh.put("startedAt", latest.started().toString());
    refresh.put("startedBy", latest.startedBy());
    refresh.put("finishedAt", latest.finished() == null ? null : latest.finished().toString());
    refresh.put("failure", latest.failure());
    StaticExportReport report = latest.report();
    if (report != null) {
      refresh.put("files", report.files());
      refresh.put("written", report.written());
      refresh.put("unchanged", report.unchanged());
      refresh.put("deleted", report.deleted());
      refresh.put("redirects", report.redirects());
      refresh.put("brokenLinks", report.missing());
      refresh.put("tookMillis", report.took().toMillis());
    }
    state.put("latest", refresh);
    return state;
  }
}
