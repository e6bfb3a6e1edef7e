package org.iskra.audit;

import org.iskra.publication.EditionNamed;
import org.iskra.staticsite.StaticCopyRefreshed;
import org.iskra.staticsite.StaticCopyRefresher;
import org.iskra.staticsite.StaticExportReport;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records what staff do to the site as a whole: names given in a language edition (or to a section
 * through the Admin API), and the static copy refreshed on the desk or through the Admin API, with
 * how it went. Refreshes that changes start are in the server's log only: they are the site's
 * doing, not a person's.
 */
@Component
class SiteAuditListener {

  private final AuditLog log;

  SiteAuditListener(AuditLog log) {
    this.log = log;
  }

  @EventListener
  void on(EditionNamed named) {
    log.record("edition.named", named.actor(), named.named(), "in " + named.language(), "");
  }

  @EventListener
  void on(StaticCopyRefreshed ended) {
    if (!ended.askedFor()) {
      return;
    }
    StaticCopyRefresher.Refresh refresh = ended.refresh();
    if (refresh.failure() != null) {
      log.record("static-copy.failed", refresh.startedBy(), "static copy", refresh.failure(), "");
      return;
    }
    StaticExportReport report = refresh.report();
    log.record(
        "static-copy.refreshed",
        refresh.startedBy(),
        "static copy",
        report.files()
            + " files, "
            + report.written()
            + " written, "
            + report.deleted()
            + " deleted, in "
            + report.took().toMillis()
            + " ms",
        "");
  }
}
