package org.iskra.account;

import java.time.Clock;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Checks the e-mail address and password of the desk's sign-in form (bcrypt, disabled accounts
 * refused). An account with two-factor sign-in gets a {@link CodePending} instead of its role, so
 * the role is never in the session before the code is accepted.
 */
final class DeskAuthentication implements AuthenticationProvider {

  private final DaoAuthenticationProvider passwords;
  private final Accounts accounts;
  private final Clock clock;

  DeskAuthentication(DeskUsers users, PasswordEncoder encoder, Accounts accounts, Clock clock) {
    this.passwords = new DaoAuthenticationProvider(users);
    this.passwords.setPasswordEncoder(encoder);
    this.accounts = accounts;
    this.clock = clock;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    Authentication checked = passwords.authenticate(authentication);
    if (checked != null && accounts.findTotpSecret(checked.getName()).isPresent()) {
      return new CodePending(checked.getName(), checked.getDetails(), clock.instant());
    }
    return checked;
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
