package org.iskra.account;

import java.io.Serial;
import java.time.Instant;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

/**
 * A sign-in halfway: the password was right, the one-time code is still due. It carries no role, so
 * every desk address refuses it; only {@code /login/code} accepts it, and only for a while.
 */
final class CodePending extends AbstractAuthenticationToken {

  @Serial private static final long serialVersionUID = 1L;

  private final String email;
  private final Instant passwordAcceptedAt;

  CodePending(String email, Object details, Instant passwordAcceptedAt) {
    super(AuthorityUtils.NO_AUTHORITIES);
    this.email = email;
    this.passwordAcceptedAt = passwordAcceptedAt;
    setDetails(details);
    setAuthenticated(true);
  }

  @Override
  public Object getCredentials() {
    return "";
  }

  @Override
  public Object getPrincipal() {
    return email;
  }

  Instant passwordAcceptedAt() {
    return passwordAcceptedAt;
  }
}
