package org.iskra.account;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.iskra.account.AccountEvent.AccountCreated;
import org.iskra.account.AccountEvent.AccountDisabled;
import org.iskra.account.AccountEvent.AccountEnabled;
import org.iskra.account.AccountEvent.RoleChanged;
import org.iskra.account.AccountEvent.TwoFactorDisabled;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates desk accounts with validated addresses and hashed passwords, and administers them: roles,
 * disabling, the first administrator. There is always an enabled administrator once one exists: the
 * last one can be neither demoted nor disabled. Thread-safe; publishes {@link AccountEvent}s.
 */
@Service
public class AccountRegistry {

  /** Shortest password accepted; long passphrases are welcome, up to {@link #MAX_PASSWORD}. */
  public static final int MIN_PASSWORD = 12;

  /** bcrypt reads only the first 72 bytes; a longer password would be silently truncated. */
  public static final int MAX_PASSWORD = 72;

  // Deliberately simple: one @, no spaces, a dot in the domain. Delivery is the real test.
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private final Accounts accounts;
  private final PasswordEncoder passwords;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  AccountRegistry(
      Accounts accounts, PasswordEncoder passwords, ApplicationEventPublisher events, Clock clock) {
    this.accounts = accounts;
    this.passwords = passwords;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Creates an account on the system's behalf (a command run on the server).
   *
   * @throws InvalidAccount when the address is malformed or taken, or the password too short or
   *     long
   */
  @Transactional
  public Account create(String email, String displayName, Role role, String password) {
    return create(email, displayName, role, password, Actor.SYSTEM);
  }

  /**
   * Creates an account, as asked by {@code actor}.
   *
   * @throws InvalidAccount when the address is malformed or taken, or the password too short or
   *     long
   */
  @Transactional
  public Account create(String email, String displayName, Role role, String password, Actor actor) {
    String address = normalise(email);
    if (!EMAIL.matcher(address).matches() || address.length() > 254) {
      throw new InvalidAccount("'" + email + "' is not an e-mail address");
    }
    if (accounts.findByEmail(address).isPresent()) {
      throw new InvalidAccount("An account for " + address + " already exists");
    }
    checkPassword(password);
    String name =
        displayName == null || displayName.isBlank()
            ? address.substring(0, address.indexOf('@'))
            : displayName.strip();
    Account account =
        accounts.insert(address, name, passwords.encode(password), role, clock.instant());
    events.publishEvent(
        new AccountCreated(actor.email(), address, actor.clientAddress(), account.role()));
    return account;
  }

  /**
   * Whether the one-time setup is open: no enabled administrator exists yet. Once one does, it
   * stays closed, because the last enabled administrator cannot be disabled or demoted.
   */
  public boolean isSetupOpen() {
    return accounts.countEnabledAdministrators() == 0;
  }

  /**
   * Creates the first administrator, if there is still no enabled one. Two concurrent calls create
   * at most one: the check and the insert hold the administrators' lock.
   *
   * @return the new account, or empty when an administrator exists (setup is closed)
   * @throws InvalidAccount as {@link #create(String, String, Role, String, Actor)}
   */
  @Transactional
  public Optional<Account> createFirstAdministrator(
      String email, String displayName, String password, Actor actor) {
    accounts.lockAdministrators(clock.instant());
    if (accounts.countEnabledAdministrators() > 0) {
      return Optional.empty();
    }
    return Optional.of(create(email, displayName, Role.ADMIN, password, actor));
  }

  /** The account with this e-mail address, in any case. */
  public Optional<Account> find(String email) {
    return accounts.findByEmail(normalise(email));
  }

  /** Every account, by e-mail address, enabled or not. */
  public List<Account> list() {
    return accounts.listAll();
  }

  /**
   * Gives the account another role; its sessions get it at their next request.
   *
   * @throws InvalidAccount when the account is missing or is the last enabled administrator
   */
  @Transactional
  public Account changeRole(long id, Role role, Actor actor) {
    accounts.lockAdministrators(clock.instant());
    Account account = get(id);
    if (account.role() == role) {
      return account;
    }
    if (role != Role.ADMIN) {
      keepAnAdministrator(account, "demoted");
    }
    accounts.updateRole(id, role);
    events.publishEvent(
        new RoleChanged(
            actor.email(), account.email(), actor.clientAddress(), account.role(), role));
    return get(id);
  }

  /**
   * Stops the account from signing in and ends its sessions at their next request.
   *
   * @throws InvalidAccount when the account is missing, is the actor's own, or is the last enabled
   *     administrator
   */
  @Transactional
  public Account disable(long id, Actor actor) {
    accounts.lockAdministrators(clock.instant());
    Account account = get(id);
    if (account.disabled()) {
      return account;
    }
    if (account.email().equals(actor.email())) {
      throw new InvalidAccount("You cannot disable your own account");
    }
    keepAnAdministrator(account, "disabled");
    accounts.updateDisabled(id, true);
    events.publishEvent(new AccountDisabled(actor.email(), account.email(), actor.clientAddress()));
    return get(id);
  }

  /** Lets a disabled account sign in again. */
  @Transactional
  public Account enable(long id, Actor actor) {
    Account account = get(id);
    if (!account.disabled()) {
      return account;
    }
    accounts.updateDisabled(id, false);
    events.publishEvent(new AccountEnabled(actor.email(), account.email(), actor.clientAddress()));
    return get(id);
  }

  /** Turns two-factor sign-in off for someone who lost their app; they sign in with a password. */
  @Transactional
  public Account turnOffTwoFactor(long id, Actor actor) {
    Account account = get(id);
    if (!account.twoFactor()) {
      return account;
    }
    accounts.updateTotpSecret(account.email(), null);
    events.publishEvent(
        new TwoFactorDisabled(actor.email(), account.email(), actor.clientAddress()));
    return get(id);
  }

  private void keepAnAdministrator(Account account, String change) {
    if (account.role() == Role.ADMIN
        && !account.disabled()
        && accounts.countEnabledAdministrators() <= 1) {
      throw new InvalidAccount(
          account.email()
              + " is the last enabled administrator and cannot be "
              + change
              + "; make another administrator first");
    }
  }

  private Account get(long id) {
    return accounts.findById(id).orElseThrow(() -> new InvalidAccount("No such account"));
  }

  /**
   * @throws InvalidAccount when the password is too short or too long for bcrypt
   */
  static void checkPassword(String password) {
    if (password == null || password.codePointCount(0, password.length()) < MIN_PASSWORD) {
      throw new InvalidAccount("The password must have at least " + MIN_PASSWORD + " characters");
    }
    if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD) {
      throw new InvalidAccount("The password must have at most " + MAX_PASSWORD + " bytes");
    }
  }

  static String normalise(String email) {
    return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
  }
}
