package org.iskra.audit;

import java.time.Instant;

/**
 * One line of the audit log.
 *
 * @param actor the e-mail address of who did it, or empty for the system (the scheduler)
 * @param action a stable code such as {@code article.published} or {@code sign-in.failed}
 * @param subject what it was done to, in words a reader of the log recognises
 * @param clientAddress the client's IP address, when a request caused it
 */
public record AuditEntry(
    long id,
    Instant occurredAt,
    String actor,
    String action,
    String subject,
    String detail,
    String clientAddress) {}
