package org.iskra.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Instant;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The desk's sessions: who is signed in (Spring Security's context, kept in the HTTP session) and
 * since when, so that a password change can end the sessions that signed in before it.
 */
@Component
class DeskSessions {

  private static final String SIGNED_IN_AT = DeskSessions.class.getName() + ".signedInAt";

  private final SecurityContextRepository repository =
      new DelegatingSecurityContextRepository(
          new RequestAttributeSecurityContextRepository(),
          new HttpSessionSecurityContextRepository());
  private final SecurityContextHolderStrategy holder =
      SecurityContextHolder.getContextHolderStrategy();
  private final Clock clock;

  DeskSessions(Clock clock) {
    this.clock = clock;
  }

  /** The repository the desk's filter chain reads and writes the security context with. */
  SecurityContextRepository repository() {
    return repository;
  }

  Authentication current() {
    return holder.getContext().getAuthentication();
  }

  /** Signs in a new authentication under a new session id (no fixation across the two steps). */
  void signIn(HttpServletRequest request, HttpServletResponse response, Authentication signedIn) {
    request.getSession();
    request.changeSessionId();
    replace(request, response, signedIn);
    markSignedIn(request);
  }

  /** Puts another authentication of the same person in the session, e.g. with a new role. */
  void replace(HttpServletRequest request, HttpServletResponse response, Authentication changed) {
    SecurityContext context = holder.createEmptyContext();
    context.setAuthentication(changed);
    holder.setContext(context);
    repository.saveContext(context, request, response);
  }

  /** Records that the session proved its password now. */
  void markSignedIn(HttpServletRequest request) {
    request.getSession().setAttribute(SIGNED_IN_AT, clock.millis());
  }

  /** When the session proved its password; {@link Instant#EPOCH} when unknown. */
  Instant signedInAt(HttpSession session) {
    Object at = session == null ? null : session.getAttribute(SIGNED_IN_AT);
    return at instanceof Long millis ? Instant.ofEpochMilli(millis) : Instant.EPOCH;
  }

  /** Signs out: forgets the authentication and invalidates the session. */
  void end(HttpServletRequest request) {
    holder.clearContext();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
  }
}
