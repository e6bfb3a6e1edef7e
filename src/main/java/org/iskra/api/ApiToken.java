package org.iskra.api;

import java.time.Instant;
import java.util.Set;

/**
 * An Admin API token as stored (only its hash is kept). It acts as its account, with that account's
 * current role, within its scopes.
 */
record ApiToken(
    long id,
    String name,
    String prefix,
    long accountId,
    String accountEmail,
    Set<Scope> scopes,
    Instant createdAt,
    Instant lastUsedAt,
    Instant revokedAt) {}
