package org.iskra.audit;

import org.iskra.account.AccountEvent;
import org.iskra.account.AccountEvent.AccountCreated;
import org.iskra.account.AccountEvent.AccountDisabled;
import org.iskra.account.AccountEvent.AccountEnabled;
import org.iskra.account.AccountEvent.PasswordChanged;
import org.iskra.account.AccountEvent.RoleChanged;
import org.iskra.account.AccountEvent.SignInFailed;
import org.iskra.account.AccountEvent.SignInThrottled;
import org.iskra.account.AccountEvent.SignedIn;
import org.iskra.account.AccountEvent.TwoFactorDisabled;
import org.iskra.account.AccountEvent.TwoFactorEnabled;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes sign-ins and account changes to the audit log, inside the transaction that made the change
 * (a refused change leaves no entry). The switch is exhaustive: a new kind of account event does
 * not compile until it has an action here.
 */
@Component
class AccountAuditListener {

  private final AuditLog log;

  AccountAuditListener(AuditLog log) {
    this.log = log;
  }

  @EventListener
  void on(AccountEvent event) {
    switch (event) {
      case SignedIn e -> record("sign-in", e, "");
      case SignInFailed e -> record("sign-in.failed", e, e.reason());
      case SignInThrottled e ->
          record(
              "sign-in.throttled",
              e,
              "too many failures by "
                  + e.limitedBy()
                  + "; retry after "
                  + e.retryAfterSeconds()
                  + " s");
      case AccountCreated e -> record("account.created", e, "role " + e.role().code());
      case RoleChanged e ->
          record("account.role-changed", e, e.from().code() + " → " + e.to().code());
      case AccountDisabled e -> record("account.disabled", e, "");
      case AccountEnabled e -> record("account.enabled", e, "");
      case PasswordChanged e -> record("account.password-changed", e, "");
      case TwoFactorEnabled e -> record("account.2fa-enabled", e, "");
      case TwoFactorDisabled e -> record("account.2fa-disabled", e, "");
    }
  }

  private void record(String action, AccountEvent event, String detail) {
    log.record(action, event.actor(), event.subject(), detail, event.clientAddress());
  }
}
