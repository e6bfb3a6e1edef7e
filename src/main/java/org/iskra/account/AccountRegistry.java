package org.iskra.account;

import java.time.Clock;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates desk accounts with validated addresses and hashed passwords. Thread-safe. */
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
  private final Clock clock;

  AccountRegistry(Accounts accounts, PasswordEncoder passwords, Clock clock) {
    this.accounts = accounts;
    this.passwords = passwords;
    this.clock = clock;
  }

  /**
   * Creates an account.
   *
   * @throws InvalidAccount when the address is malformed or taken, or the password too short or
   *     long
   */
  @Transactional
  public Account create(String email, String displayName, Role role, String password) {
    String address = normalise(email);
    if (!EMAIL.matcher(address).matches() || address.length() > 254) {
      throw new InvalidAccount("'" + email + "' is not an e-mail address");
    }
    if (accounts.findByEmail(address).isPresent()) {
      throw new InvalidAccount("An account for " + address + " already exists");
    }
    if (password == null || password.codePointCount(0, password.length()) < MIN_PASSWORD) {
      throw new InvalidAccount("The password must have at least " + MIN_PASSWORD + " characters");
    }
    if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PASSWORD) {
      throw new InvalidAccount("The password must have at most " + MAX_PASSWORD + " bytes");
    }
    String name =
        displayName == null || displayName.isBlank()
            ? address.substring(0, address.indexOf('@'))
            : displayName.strip();
    return accounts.insert(address, name, passwords.encode(password), role, clock.instant());
  }

  /** The account with this e-mail address, in any case. */
  public java.util.Optional<Account> find(String email) {
    return accounts.findByEmail(normalise(email));
  }

  static String normalise(String email) {
    return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
  }
}
