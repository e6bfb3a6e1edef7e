package org.iskra.account;

/**
 * What happened to desk accounts and sign-ins, published synchronously by this package (inside the
 * transaction that made the change, when there is one) for the audit log and anyone else who
 * listens. Every event names who acted, on which account, and from where.
 *
 * <p>{@code actor} and {@code subject} are normalised e-mail addresses; {@code actor} is empty when
 * the system acted (a command on the server); {@code clientAddress} is the client's IP address, or
 * empty outside a request.
 */
public sealed interface AccountEvent {

  String actor();

  String subject();

  String clientAddress();

  /** Someone signed in to the desk (after the one-time code, when the account asks for one). */
  record SignedIn(String actor, String subject, String clientAddress) implements AccountEvent {}

  /**
   * A sign-in was refused: a wrong password, an unknown or disabled account, or a wrong one-time
   * code. {@code subject} is the address as typed, normalised; it may name no account.
   */
  record SignInFailed(String actor, String subject, String clientAddress, String reason)
      implements AccountEvent {}

  /**
   * Sign-ins for this account or from this address were refused unchecked after too many failures.
   * Published once per minute per account and per address, however often the client retries.
   *
   * @param limitedBy {@code account} or {@code address}
   */
  record SignInThrottled(
      String actor, String subject, String clientAddress, String limitedBy, long retryAfterSeconds)
      implements AccountEvent {}

  record AccountCreated(String actor, String subject, String clientAddress, Role role)
      implements AccountEvent {}

  record RoleChanged(String actor, String subject, String clientAddress, Role from, Role to)
      implements AccountEvent {}

  /** The account can no longer sign in; its sessions end at their next request. */
  record AccountDisabled(String actor, String subject, String clientAddress)
      implements AccountEvent {}

  record AccountEnabled(String actor, String subject, String clientAddress)
      implements AccountEvent {}

  /** The password changed; the account's other sessions end at their next request. */
  record PasswordChanged(String actor, String subject, String clientAddress)
      implements AccountEvent {}

  record TwoFactorEnabled(String actor, String subject, String clientAddress)
      implements AccountEvent {}

  record TwoFactorDisabled(String actor, String subject, String clientAddress)
      implements AccountEvent {}
}
