package org.iskra.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import org.iskra.syndication.ImportReport;

/**
 * Prints an import's report: the counts, every skip but "unchanged" and every failure with its
 * position, so that a second run of a large file stays short.
 */
final class ImportReportPrinter {

  private ImportReportPrinter() {}

  /** Prints the report; the exit code is 0, since every item was dealt with. */
  static int print(ImportReport report, Duration took, PrintStream out, PrintStream err) {
    out.println(
        report.source()
            + ": imported "
            + report.imported()
            + ", updated "
            + report.updated()
            + ", skipped "
            + report.skipped()
            + ", failed "
            + report.failed()
            + ".");
    for (Map.Entry<String, Long> reason : report.skipReasons().entrySet()) {
      out.println("  skipped " + reason.getValue() + ": " + reason.getKey());
    }
    for (ImportReport.Item item : report.list(ImportReport.Outcome.SKIPPED)) {
      if (!item.reason().equals("unchanged")) {
        out.println("  skipped " + item.position() + ", " + item.label() + ": " + item.reason());
      }
    }
    for (ImportReport.Item item : report.list(ImportReport.Outcome.FAILED)) {
      err.println(
          "  failed "
              + item.position()
              + ", "
              + item.label()
              + ": "
              + item.reason()
              + " (nothing of it was imported)");
    }
    long millis = Math.max(1, took.toMillis());
    out.printf(
        java.util.Locale.ROOT,
        "Took %.1f s: %.0f items a second.%n",
        millis / 1000.0,
        report.items().size() * 1000.0 / millis);
    return 0;
  }
}
