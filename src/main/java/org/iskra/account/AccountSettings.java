package org.iskra.account;

import java.time.Clock;
import java.time.Instant;
import org.iskra.account.AccountEvent.PasswordChanged;
import org.iskra.account.AccountEvent.TwoFactorDisabled;
import org.iskra.account.AccountEvent.TwoFactorEnabled;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What people change about their own account: the password and two-factor sign-in. Every change
 * asks for proof (the current password, or a code from the new secret). Thread-safe.
 */
@Service
class AccountSettings {

  private final Accounts accounts;
  private final PasswordEncoder passwords;
  private final TwoFactorCodes codes;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  AccountSettings(
      Accounts accounts,
      PasswordEncoder passwords,
      TwoFactorCodes codes,
      ApplicationEventPublisher events,
      Clock clock) {
    this.accounts = accounts;
    this.passwords = passwords;
    this.codes = codes;
    this.events = events;
    this.clock = clock;
  }

  /** Whether this is the account's current password. */
  boolean isPassword(String email, String password) {
    return password != null
        && accounts.findPasswordHash(email).map(h -> passwords.matches(password, h)).orElse(false);
  }

  /**
   * Changes the password. Sessions that signed in before the returned instant end at their next
   * request; the caller marks its own session as signed in anew.
   *
   * @throws InvalidAccount when the current password is wrong, the two new ones differ, or the new
   *     one is too short or long
   */
  @Transactional
  public Instant changePassword(
      String email, String current, String password, String repeated, Actor actor) {
    if (!isPassword(email, current)) {
      throw new WrongPassword("The current password is not right");
    }
    if (password == null || !password.equals(repeated)) {
      throw new InvalidAccount("The two new passwords differ");
    }
    AccountRegistry.checkPassword(password);
    Instant now = clock.instant();
    accounts.updatePassword(email, passwords.encode(password), now);
    events.publishEvent(new PasswordChanged(actor.email(), email, actor.clientAddress()));
    return now;
  }

  /**
   * Turns two-factor sign-in on with a secret the person's app has, proven by a current code.
   *
   * @throws InvalidAccount when the code does not match the secret
   */
  @Transactional
  public void enableTwoFactor(String email, String secret, String code, Actor actor) {
    if (!codes.matches(secret, code)) {
      throw new InvalidAccount("That code does not match; check the app's clock and try again");
    }
    accounts.updateTotpSecret(email, secret);
    events.publishEvent(new TwoFactorEnabled(actor.email(), email, actor.clientAddress()));
  }

  /**
   * Turns two-factor sign-in off.
   *
   * @throws InvalidAccount when the password is wrong
   */
  @Transactional
  public void disableTwoFactor(String email, String password, Actor actor) {
    if (!isPassword(email, password)) {
      throw new WrongPassword("The password is not right");
    }
    if (accounts.findTotpSecret(email).isEmpty()) {
      return;
    }
    accounts.updateTotpSecret(email, null);
    events.publishEvent(new TwoFactorDisabled(actor.email(), email, actor.clientAddress()));
  }

  /** Whether the code is right for an account with two-factor sign-in; each is accepted once. */
  boolean acceptsCode(String email, String code) {
    return accounts
        .findTotpSecret(email)
        .map(secret -> codes.acceptOnce(email, secret, code))
        .orElse(false);
  }
}
