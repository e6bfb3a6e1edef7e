package org.iskra.audit;

import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes and reads the audit log. Entries are written by this package's event listeners, inside the
 * transaction that caused them when there is one, so a rolled-back publish leaves no entry. Every
 * entry is also logged, so the log survives in the server's output if the store is lost.
 */
@Service
public class AuditLog {

  private static final Logger LOG = LoggerFactory.getLogger("org.iskra.audit");

  /** Entries per page of the audit view. */
  public static final int PAGE_SIZE = 50;

  private final AuditEntries entries;
  private final Clock clock;

  AuditLog(AuditEntries entries, Clock clock) {
    this.entries = entries;
    this.clock = clock;
  }

  void record(String action, String actor, String subject, String detail, String clientAddress) {
    String who = actor == null ? "" : actor;
    String from =
        clientAddress == null || clientAddress.isEmpty() ? currentClientAddress() : clientAddress;
    LOG.info("{} actor={} subject={} from={} {}", action, who, subject, from, detail);
    entries.append(clock.instant(), who, action, subject, detail == null ? "" : detail, from);
  }

  /** The address of the client whose request is being served on this thread, if any. */
  private static String currentClientAddress() {
    return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
        ? request.getRequest().getRemoteAddr()
        : "";
  }

  /** A page of entries, newest first; an empty action means all. */
  public List<AuditEntry> page(String action, int page) {
    return entries.list(action, (page - 1) * PAGE_SIZE, PAGE_SIZE);
  }

  public long count(String action) {
    return entries.count(action);
  }
}
