package org.iskra.api;

import org.iskra.account.Account;
import org.iskra.account.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The account an Admin API request acts as, and the checks of its token's scopes. */
final class ApiCallers {

  private ApiCallers() {}

  /**
   * The token's account, after checking that the token has the scope.
   *
   * @throws AccessDeniedException when the token lacks the scope
   */
  static Account account(Scope scope) {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (!(authentication != null
        && authentication.getPrincipal() instanceof ApiCredentials.TokenHolder holder)) {
      throw new AccessDeniedException("An Admin API token is required");
    }
    if (!holder.token().scopes().contains(scope)) {
      throw new AccessDeniedException("This token lacks the scope " + scope.code());
    }
    return holder.account();
  }

  /** As {@link #account(Scope)}, and the account must be an editor or an administrator. */
  static Account editor(Scope scope) {
    Account account = account(scope);
    if (account.role() != Role.ADMIN && account.role() != Role.EDITOR) {
      throw new AccessDeniedException("Only editors and administrators manage taxonomy");
    }
    return account;
  }
}
