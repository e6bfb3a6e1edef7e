/**
 * The audit log: sign-ins, failed sign-ins, publishes, withdrawals, deletions, role changes, image
 * uploads and deletions; who did them and from where. Listens to the events other features publish;
 * shown to administrators at {@code /desk/audit}.
 */
package org.iskra.audit;
