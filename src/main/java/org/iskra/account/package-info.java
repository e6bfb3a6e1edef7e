/**
 * Desk accounts: who may sign in, with which role, and how (form sign-in with bcrypt passwords, an
 * optional TOTP second step, throttling per account and per address, sessions re-checked against
 * the account on every request, CSRF on every state-changing request), the users' and own-account
 * desk screens and the first-run {@code /setup}. Owns the {@code accounts} and {@code
 * account_locks} tables and the security configuration of the whole application. Publishes {@link
 * org.iskra.account.AccountEvent}s; listens to its own only, to drop cached account states.
 */
package org.iskra.account;
