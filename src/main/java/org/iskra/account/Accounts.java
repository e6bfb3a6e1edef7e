package org.iskra.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The store of accounts. E-mail addresses given to it are already normalised. Thread-safe; writes
 * join the caller's transaction.
 */
interface Accounts {

  /** Stores a new account; the e-mail address is already normalised and free. */
  Account insert(String email, String displayName, String passwordHash, Role role, Instant now);

  Optional<Account> findByEmail(String email);

  Optional<Account> findById(long id);

  /** Every account, by e-mail address. */
  List<Account> listAll();

  /** The stored password hash of an enabled or disabled account. */
  Optional<String> findPasswordHash(String email);

  Optional<AccountState> findState(String email);

  /** The Base32 TOTP secret, empty when two-factor sign-in is off. */
  Optional<String> findTotpSecret(String email);

  void updateRole(long id, Role role);

  void updateDisabled(long id, boolean disabled);

  void updatePassword(String email, String passwordHash, Instant changedAt);

  /** Turns two-factor sign-in on with this secret, or off with {@code null}. */
  void updateTotpSecret(String email, String secret);

  long countEnabledAdministrators();

  /**
   * Takes the lock that serialises changes to who administers (first administrator, demotions,
   * disabling) until the caller's transaction ends. Must be the transaction's first statement.
   */
  void lockAdministrators(Instant now);
}
