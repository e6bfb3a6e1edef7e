package org.iskra.account;

import java.util.Optional;

/** The store of accounts. Thread-safe; writes join the caller's transaction. */
interface Accounts {

  /** Stores a new account; the e-mail address is already normalised and free. */
  Account insert(
      String email, String displayName, String passwordHash, Role role, java.time.Instant now);

  Optional<Account> findByEmail(String email);

  /** The stored password hash of an enabled or disabled account. */
  Optional<String> findPasswordHash(String email);
}
