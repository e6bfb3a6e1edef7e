package org.iskra.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.iskra.store.DatabaseOutage;
import org.iskra.store.DiskFull;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API requests by credential only, never by session: a content key ({@code ?key=} or
 * {@code Authorization: Key …}) under {@code /api/content}, a bearer token under {@code
 * /api/admin}. Then counts the request against the key's or token's rate limit, answers CORS for
 * content keys, and refuses bodies over {@code iskra.api.max-body-size} before they are read.
 */
class ApiAuthenticationFilter extends OncePerRequestFilter {

  static final String CONTENT = "/api/content/";
  static final String ADMIN = "/api/admin/";

  private final ApiCredentials credentials;
  private final RateLimiter limiter;
  private final ApiSettings settings;
  private final long uploadLimit;

  /**
   * @param uploadLimit the largest multipart body (spring.servlet.multipart.max-request-size)
   */
  ApiAuthenticationFilter(
      ApiCredentials credentials, RateLimiter limiter, ApiSettings settings, long uploadLimit) {
    this.credentials = credentials;
    this.limiter = limiter;
    this.settings = settings;
    this.uploadLimit = uploadLimit;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!path.startsWith(CONTENT) && !path.startsWith(ADMIN)) {
      chain.doFilter(request, response);
      return;
    }
    try {
      if (path.startsWith(CONTENT)) {
        content(request, response, chain);
      } else {
        admin(request, response, chain, path);
      }
    } catch (RuntimeException | ServletException e) {
      // The key or token is looked up in the database before any controller runs, so an outage
      // shows here first: answered as a problem like every other, not as the site's HTML page.
      if (response.isCommitted()) {
        throw e;
      }
      if (DiskFull.isCause(e)) {
        response.resetBuffer();
        Problems.write(response, request, HttpStatus.INSUFFICIENT_STORAGE, Problems.DISK_FULL);
        return;
      }
      if (!DatabaseOutage.causedBy(e)) {
        throw e;
      }
      response.resetBuffer();
      response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseOutage.retryAfterHeader());
      Problems.write(response, request, HttpStatus.SERVICE_UNAVAILABLE, Problems.OUTAGE);
    }
  }

  private void content(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String origin = request.getHeader(HttpHeaders.ORIGIN);
    String secret = request.getParameter("key");
    String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (secret == null && authorization != null && authorization.startsWith("Key ")) {
      secret = authorization.substring(4).strip();
    }
    boolean preflight =
        "OPTIONS".equals(request.getMethod())
            && request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) != null;
    if (preflight) {
      // A preflight never carries the Authorization header, so a key sent that way is unknown
      // here: the preflight is answered for any origin, and the real request's answer is readable
      // only by the key's own origins. A key in the address is checked now.
      Optional<ContentKey> key = credentials.authenticateKey(secret);
      if (origin != null
          && (secret == null || key.map(k -> k.allowsOrigin(origin)).orElse(false))) {
        response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
        response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, "GET, HEAD, OPTIONS");
        response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, "Authorization");
        response.setHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, "600");
      }
      response.addHeader(HttpHeaders.VARY, HttpHeaders.ORIGIN);
      response.setStatus(HttpStatus.NO_CONTENT.value());
      return;
    }
    if (secret == null) {
      unauthorized(
          request,
          response,
          "Key",
          "A content API key is required (?key= or Authorization: Key …)");
      return;
    }
    Optional<ContentKey> found = credentials.authenticateKey(secret);
    if (found.isEmpty()) {
      unauthorized(request, response, "Key", "This content API key is unknown or was revoked");
      return;
    }
    ContentKey key = found.get();
    response.addHeader(HttpHeaders.VARY, HttpHeaders.ORIGIN);
    if (origin != null && key.allowsOrigin(origin)) {
      response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
      response.setHeader(
          HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS,
          "RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, Retry-After");
    }
    if (!withinLimit(request, response, "key:" + key.id(), key.rateLimit())) {
      return;
    }
    authenticate(new ApiAuthentication(key, List.of(new SimpleGrantedAuthority("CONTENT_KEY"))));
    chain.doFilter(request, response);
  }

  private void admin(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain, String path)
      throws ServletException, IOException {
    String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (authorization == null || !authorization.startsWith("Bearer ")) {
      unauthorized(
          request, response, "Bearer", "An Admin API token is required (Authorization: Bearer …)");
      return;
    }
    Optional<ApiCredentials.TokenHolder> holder =
        credentials.authenticateToken(authorization.substring(7).strip());
    if (holder.isEmpty()) {
      unauthorized(
          request,
          response,
          "Bearer",
          "This token is unknown or revoked, or its account is disabled");
      return;
    }
    if (!withinLimit(
        request, response, "token:" + holder.get().token().id(), settings.tokenRateLimit())) {
      return;
    }
    long length = request.getContentLengthLong();
    boolean multipart =
        request.getContentType() != null && request.getContentType().startsWith("multipart/");
    // Checked here, before anything reads the body: a multipart body over Spring's limit would
    // otherwise fail before any controller advice of ours could answer it.
    long limit = multipart ? uploadLimit : settings.maxBodySize().toBytes();
    if (length > limit) {
      Problems.write(
          response,
          request,
          HttpStatus.CONTENT_TOO_LARGE,
          "The body has " + length + " bytes; the largest accepted is " + limit + " bytes");
      return;
    }
    List<SimpleGrantedAuthority> authorities =
        new java.util.ArrayList<>(
            List.of(new SimpleGrantedAuthority("ROLE_" + holder.get().account().role().name())));
    holder.get().token().scopes().stream()
        .map(scope -> new SimpleGrantedAuthority("SCOPE_" + scope.code()))
        .forEach(authorities::add);
    authenticate(new ApiAuthentication(holder.get(), authorities));
    // Without a length (chunked), the limit is enforced while the body is read.
    chain.doFilter(length < 0 ? new LimitedBody(request, limit) : request, response);
  }

  private boolean withinLimit(
      HttpServletRequest request, HttpServletResponse response, String subject, int limit)
      throws IOException {
    RateLimiter.Decision decision = limiter.acquire(subject, limit);
    response.setHeader("RateLimit-Limit", Integer.toString(decision.limit()));
    response.setHeader("RateLimit-Remaining", Integer.toString(decision.remaining()));
    response.setHeader("RateLimit-Reset", Long.toString(decision.resetSeconds()));
    if (!decision.allowed()) {
      response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(decision.resetSeconds()));
      Problems.write(
          response,
          request,
          HttpStatus.TOO_MANY_REQUESTS,
          "Rate limit of "
              + limit
              + " requests per window reached; try again in "
              + decision.resetSeconds()
              + " s");
      return false;
    }
    return true;
  }

  private static void unauthorized(
      HttpServletRequest request, HttpServletResponse response, String scheme, String detail)
      throws IOException {
    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, scheme);
    Problems.write(response, request, HttpStatus.UNAUTHORIZED, detail);
  }

  private static void authenticate(ApiAuthentication authentication) {
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(authentication);
    SecurityContextHolder.setContext(context);
  }

  /** A request authenticated by a content key or an Admin API token. */
  static final class ApiAuthentication extends AbstractAuthenticationToken {

    private final transient Object principal;

    ApiAuthentication(Object principal, List<SimpleGrantedAuthority> authorities) {
      super(authorities);
      this.principal = principal;
      setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
      return "";
    }

    @Override
    public Object getPrincipal() {
      return principal;
    }
  }
}
