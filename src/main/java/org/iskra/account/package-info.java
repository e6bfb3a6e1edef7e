/**
 * Desk accounts: who may sign in, with which role, and how (Spring Security form login, hashed
 * passwords, CSRF on every state-changing request). Owns the {@code accounts} table and the
 * security configuration of the whole application. Publishes no events yet.
 */
package org.iskra.account;
