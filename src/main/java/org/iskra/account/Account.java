package org.iskra.account;

import java.time.Instant;

/**
 * A desk account. The password hash and the two-factor secret never leave this package.
 *
 * @param twoFactor whether signing in asks for a one-time code after the password
 */
public record Account(
    long id,
    String email,
    String displayName,
    Role role,
    boolean disabled,
    Instant createdAt,
    boolean twoFactor) {}
