package org.iskra.account;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Looks up desk accounts for Spring Security's sign-in, by e-mail address in any case. */
@Service
class DeskUsers implements UserDetailsService {

  private final Accounts accounts;

  DeskUsers(Accounts accounts) {
    this.accounts = accounts;
  }

  @Override
  public UserDetails loadUserByUsername(String email) {
    String address = AccountRegistry.normalise(email);
    Account account =
        accounts
            .findByEmail(address)
            .orElseThrow(() -> new UsernameNotFoundException("No account"));
    return User.withUsername(account.email())
        .password(accounts.findPasswordHash(address).orElseThrow())
        .roles(account.role().name())
        .disabled(account.disabled())
        .build();
  }
}
