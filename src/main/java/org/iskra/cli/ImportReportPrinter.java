package org.iskra.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.iskra.syndication.ImportReport;
import org.iskra.syndication.UnreadableText;

/**
 * Prints an import's report: the counts, every skip but "unchanged" and every failure with its
 * position, so that a second run of a large file stays short.
 */
final class ImportReportPrinter {

  private ImportReportPrinter() {}

  /** Prints the report; the exit code is 0, since every item was dealt with. */
  /**
   * Runs an import of one file into one section ({@code FILE [--section SLUG]}, section {@code
   * news} by default) and prints its report; a file that cannot be read is refused whole.
   */
  static int importOneFile(
      List<String> args,
      BiFunction<Path, String, ImportReport> importer,
      PrintStream out,
      PrintStream err) {
    CommandArguments parsed = CommandArguments.parse(args, Set.of("section"));
    if (parsed.positional().size() != 1) {
      throw new UsageError("Give exactly one FILE to import");
    }
    Path file = Path.of(parsed.positional().get(0));
    try {
      long start = System.nanoTime();
      ImportReport report = importer.apply(file, parsed.option("section").orElse("news"));
      return print(report, Duration.ofNanos(System.nanoTime() - start), out, err);
    } catch (UnreadableText e) {
      err.println(e.getMessage());
      err.println("Nothing was imported.");
      return 1;
    }
  }

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
    for (ImportReport.Item item : report.notes()) {
      out.println("  note " + item.position() + ", " + item.label() + ": " + item.reason());
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
