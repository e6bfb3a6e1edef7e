package org.iskra.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds every signed-in desk request to the account as it is now, not as it was at sign-in: a
 * disabled or deleted account, or a session older than the last password change, is signed out and
 * sent to the sign-in page; a changed role applies at once. Runs in the desk's filter chain right
 * after the security context is loaded, before anything is authorised.
 */
final class AccountStateFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(AccountStateFilter.class);

  private final AccountStates states;
  private final DeskSessions sessions;

  AccountStateFilter(AccountStates states, DeskSessions sessions) {
    this.states = states;
    this.sessions = sessions;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication signedIn = sessions.current();
    if (!(signedIn instanceof UsernamePasswordAuthenticationToken)
        && !(signedIn instanceof CodePending)) {
      chain.doFilter(request, response);
      return;
    }
    Optional<AccountState> state = states.find(signedIn.getName());
    String ended = state.isEmpty() ? "account gone" : whyEnded(state.get(), request);
    if (ended != null) {
      LOG.info("Ended the desk session of {}: {}", signedIn.getName(), ended);
      sessions.end(request);
      String path = request.getRequestURI();
      if (!path.startsWith("/login") && !path.equals("/setup")) {
        response.sendRedirect("/login?ended");
        return;
      }
    } else if (signedIn instanceof UsernamePasswordAuthenticationToken
        && !hasOnlyRole(signedIn, state.get().role())) {
      sessions.replace(request, response, withRole(signedIn, state.get().role()));
    }
    chain.doFilter(request, response);
  }

  private String whyEnded(AccountState state, HttpServletRequest request) {
    if (state.disabled()) {
      return "account disabled";
    }
    if (sessions.signedInAt(request.getSession(false)).isBefore(state.passwordChangedAt())) {
      return "password changed since sign-in";
    }
    return null;
  }

  private static boolean hasOnlyRole(Authentication authentication, Role role) {
    List<String> roles =
        authentication.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .filter(a -> a.startsWith("ROLE_"))
            .toList();
    return roles.equals(List.of("ROLE_" + role.name()));
  }

  private static Authentication withRole(Authentication authentication, Role role) {
    List<GrantedAuthority> authorities = new ArrayList<>();
    for (GrantedAuthority authority : authentication.getAuthorities()) {
      if (!authority.getAuthority().startsWith("ROLE_")) {
        authorities.add(authority);
      }
    }
    authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
    UsernamePasswordAuthenticationToken changed =
        UsernamePasswordAuthenticationToken.authenticated(
            authentication.getPrincipal(), null, authorities);
    changed.setDetails(authentication.getDetails());
    return changed;
  }
}
