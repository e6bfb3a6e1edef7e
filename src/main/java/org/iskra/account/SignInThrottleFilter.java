package org.iskra.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.iskra.account.AccountEvent.SignInThrottled;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in attempt (password or one-time code) with {@code 429 Too Many Requests} and a
 * {@code Retry-After} header when {@link SignInThrottle} says so, before anything is checked: a
 * refused attempt costs no bcrypt and reveals nothing, even with the right password. Sits in the
 * desk's filter chain before the form sign-in, after the CSRF check.
 */
final class SignInThrottleFilter extends OncePerRequestFilter {

  /** The request attribute telling the sign-in page how many seconds to ask for. */
  static final String RETRY_AFTER = SignInThrottleFilter.class.getName() + ".retryAfter";

  private static final Logger LOG = LoggerFactory.getLogger(SignInThrottleFilter.class);

  private final RequestMatcher password =
      PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login");
  private final RequestMatcher code =
      PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login/code");

  private final SignInThrottle throttle;
  private final DeskSessions sessions;
  private final ApplicationEventPublisher events;

  SignInThrottleFilter(
      SignInThrottle throttle, DeskSessions sessions, ApplicationEventPublisher events) {
    this.throttle = throttle;
    this.sessions = sessions;
    this.events = events;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String email;
    if (password.matches(request)) {
      email = SignInOutcomes.typedEmail(request);
    } else if (code.matches(request)) {
      Authentication pending = sessions.current();
      email = pending instanceof CodePending ? pending.getName() : "";
    } else {
      chain.doFilter(request, response);
      return;
    }
    String address = request.getRemoteAddr();
    Optional<SignInThrottle.Refusal> refusal = throttle.check(email, address);
    if (refusal.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    long seconds = refusal.get().retryAfterSeconds();
    if (refusal.get().report()) {
      LOG.warn(
          "Sign-in refused unchecked for '{}' from {}: too many failures by {}; retry in {} s",
          email,
          address,
          refusal.get().limitedBy(),
          seconds);
      events.publishEvent(
          new SignInThrottled(email, email, address, refusal.get().limitedBy(), seconds));
    } else {
      LOG.debug("Sign-in refused unchecked for '{}' from {} again", email, address);
    }
    response.setStatus(429);
    response.setHeader("Retry-After", Long.toString(seconds));
    request.setAttribute(RETRY_AFTER, seconds);
    request.getRequestDispatcher("/login/wait").forward(request, response);
  }
}
