package org.iskra.account;

import java.time.Instant;

/**
 * What a signed-in session must agree with on every request: the role, whether the account is
 * enabled, and when its password last changed (sessions older than that are ended).
 *
 * @param passwordChangedAt {@link Instant#EPOCH} when the password never changed
 */
record AccountState(String email, Role role, boolean disabled, Instant passwordChangedAt) {}
