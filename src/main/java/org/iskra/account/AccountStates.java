package org.iskra.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The accounts' states as the per-request session check needs them, cached for a second so a busy
 * desk does not query once per request. A change made on this node is seen at once (the entry is
 * dropped after the change commits); a change made on another node within the second.
 */
@Component
class AccountStates {

  private final Accounts accounts;
  private final Cache<String, Optional<AccountState>> cache =
      Caffeine.newBuilder().expireAfterWrite(Duration.ofSeconds(1)).maximumSize(10_000).build();

  AccountStates(Accounts accounts) {
    this.accounts = accounts;
  }

  /** The state of the account with this normalised address; empty when there is none. */
  Optional<AccountState> find(String email) {
    return cache.get(email, accounts::findState);
  }

  @TransactionalEventListener(fallbackExecution = true)
  void forget(AccountEvent changed) {
    cache.invalidate(changed.subject());
  }
}
