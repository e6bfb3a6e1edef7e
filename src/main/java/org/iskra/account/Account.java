package org.iskra.account;

import java.time.Instant;

/** A desk account. The password hash never leaves this package. */
public record Account(
    long id, String email, String displayName, Role role, boolean disabled, Instant createdAt) {}
