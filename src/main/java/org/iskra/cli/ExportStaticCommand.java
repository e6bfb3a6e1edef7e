package org.iskra.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.iskra.search.SearchIndexBusy;
import org.iskra.search.SearchMaintenance;
import org.iskra.staticsite.StaticCopySettings;
import org.iskra.staticsite.StaticExportRefused;
import org.iskra.staticsite.StaticExportReport;
import org.iskra.staticsite.StaticSiteExporter;
import org.springframework.stereotype.Component;

/**
 * {@code export-static DIR [--search-url URL] [--parallel N]}: the public site as files for any
 * static host or CDN. The launcher serves the site on a loopback port for this command only, so the
 * pages are read through every filter readers' requests pass.
 */
@Component
class ExportStaticCommand implements Command {

  private final StaticSiteExporter exporter;
  private final SearchMaintenance search;

  ExportStaticCommand(StaticSiteExporter exporter, SearchMaintenance search) {
    this.exporter = exporter;
    this.search = search;
  }

  @Override
  public String name() {
    return "export-static";
  }

  @Override
  public String usage() {
    return "export-static DIR [--search-url URL] [--parallel N]";
  }

  @Override
  public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
    CommandArguments parsed = CommandArguments.parse(args, Set.of("search-url", "parallel"));
    if (parsed.positional().size() != 1) {
      throw new UsageError("Give exactly one DIR to write the static copy to");
    }
    int parallelism =
        parsed
            .option("parallel")
            .map(
                value -> {
                  try {
                    int n = Integer.parseInt(value);
                    if (n >= 1 && n <= 256) {
                      return n;
                    }
                  } catch (NumberFormatException e) {
                    // Named below.
                  }
                  throw new UsageError("--parallel takes a number from 1 to 256, not " + value);
                })
            .orElse(StaticSiteExporter.defaultParallelism());
    String searchUrl = parsed.option("search-url").orElse(null);
    if (searchUrl != null && !StaticCopySettings.isSearchUrl(searchUrl)) {
      throw new UsageError("--search-url takes an http(s) address or a path, not " + searchUrl);
    }
    Path dir = Path.of(parsed.positional().get(0));
    // Article pages show related articles, which the search index decides: read them from an
    // index still being built (a new data directory, or writes made while no server ran) and the
    // copy would differ from the site, and from the next run. Waits for the start-up catch-up.
    try {
      search.catchUp();
    } catch (RuntimeException e) {
      if (!SearchIndexBusy.isCause(e)) {
        throw e;
      }
      err.println(
          "The search index is held by another process (the running server?): the copy's related"
              + " articles would not be read. Run export-static where no server uses this data"
              + " directory.");
      return 1;
    }
    try {
      StaticExportReport report = exporter.export(dir, searchUrl, parallelism);
      out.println(
          "Exported "
              + report.files()
              + " files to "
              + dir
              + " in "
              + report.took().toMillis()
              + " ms ("
              + report.drawn()
              + " drawn in-process in "
              + report.drawing().toMillis()
              + " ms, "
              + (report.files() - report.drawn())
              + " read over HTTP): "
              + report.written()
              + " written, "
              + report.unchanged()
              + " unchanged, "
              + report.deleted()
              + " deleted; "
              + report.redirects()
              + " redirects in _redirects.");
      if (report.missing() > 0) {
        err.println(
            report.missing()
                + " linked addresses answered neither a page nor a redirect, e.g. "
                + String.join(", ", report.missingSample()));
      }
      return 0;
    } catch (StaticExportRefused e) {
      err.println(e.getMessage());
      return 1;
    }
  }
}
