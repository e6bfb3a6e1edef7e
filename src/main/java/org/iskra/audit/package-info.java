/**
 * The audit log: sign-ins, failed sign-ins, publishes, withdrawals, deletions and role changes, who
 * did them and from where. Listens to the events other features publish; shown to administrators at
 * {@code /desk/audit}.
 */
package org.iskra.audit;
