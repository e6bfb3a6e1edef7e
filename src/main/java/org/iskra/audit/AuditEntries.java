package org.iskra.audit;

import java.time.Instant;
import java.util.List;

/** The store of the audit log: append and read, never change. Thread-safe. */
interface AuditEntries {

  void append(
      Instant occurredAt,
      String actor,
      String action,
      String subject,
      String detail,
      String clientAddress);

  /** Newest first; an empty action means every action. */
  List<AuditEntry> list(String action, int offset, int limit);

  long count(String action);
}
