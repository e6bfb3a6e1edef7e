package org.iskra.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.iskra.account.AccountEvent.SignInFailed;
import org.iskra.account.AccountEvent.SignedIn;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * What follows the password step of the sign-in form: the desk, the one-time code step, or the form
 * again. Failures count toward {@link SignInThrottle}; both outcomes are published as events.
 */
@Component
class SignInOutcomes implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

  private final SignInThrottle throttle;
  private final DeskSessions sessions;
  private final ApplicationEventPublisher events;

  SignInOutcomes(SignInThrottle throttle, DeskSessions sessions, ApplicationEventPublisher events) {
    this.throttle = throttle;
    this.sessions = sessions;
    this.events = events;
  }

  @Override
  public void onAuthenticationSuccess(
      HttpServletRequest request, HttpServletResponse response, Authentication authentication)
      throws IOException {
    sessions.markSignedIn(request);
    if (authentication instanceof CodePending) {
      response.sendRedirect("/login/code");
      return;
    }
    signedIn(authentication.getName(), request.getRemoteAddr());
    response.sendRedirect("/desk");
  }

  @Override
  public void onAuthenticationFailure(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
      throws IOException {
    String email = typedEmail(request);
    failed(email, request.getRemoteAddr(), reason(exception));
    response.sendRedirect("/login?error");
  }

  /** The whole sign-in succeeded (password, and code when asked for). */
  void signedIn(String email, String clientAddress) {
    throttle.recordSuccess(email);
    events.publishEvent(new SignedIn(email, email, clientAddress));
  }

  /** A step of the sign-in failed. */
  void failed(String email, String clientAddress, String reason) {
    throttle.recordFailure(email, clientAddress);
    events.publishEvent(new SignInFailed(email, email, clientAddress, reason));
  }

  /**
   * The address as typed in the sign-in form, normalised, cut to a sane length and without control
   * characters: it goes into the logs, and a line break there could forge an entry.
   */
  static String typedEmail(HttpServletRequest request) {
    String email = AccountRegistry.normalise(request.getParameter("email"));
    email = email.length() > 254 ? email.substring(0, 254) : email;
    return email.replaceAll("\\p{Cntrl}", "?");
  }

  private static String reason(AuthenticationException exception) {
    if (exception instanceof BadCredentialsException) {
      return "wrong password or no such account";
    }
    if (exception instanceof DisabledException) {
      return "account disabled";
    }
    return exception.getClass().getSimpleName();
  }
}
