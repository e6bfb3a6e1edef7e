package org.iskra.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.iskra.syndication.GhostImporter;
import org.iskra.syndication.ImportReport;
import org.iskra.syndication.UnreadableText;
import org.springframework.stereotype.Component;

/** {@code import-ghost FILE [--section SLUG]}: a Ghost JSON export. */
@Component
class ImportGhostCommand implements Command {

  private final GhostImporter importer;

  ImportGhostCommand(GhostImporter importer) {
    this.importer = importer;
  }

  @Override
  public String name() {
    return "import-ghost";
  }

  @Override
  public String usage() {
    return "import-ghost FILE [--section SLUG]";
  }

  @Override
  public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
    CommandArguments parsed = CommandArguments.parse(args, Set.of("section"));
    if (parsed.positional().size() != 1) {
      throw new UsageError("Give exactly one FILE to import");
    }
    Path file = Path.of(parsed.positional().get(0));
    try {
      long start = System.nanoTime();
      ImportReport report = importer.importFile(file, parsed.option("section").orElse("news"));
      return ImportReportPrinter.print(
          report, java.time.Duration.ofNanos(System.nanoTime() - start), out, err);
    } catch (UnreadableText e) {
      err.println(e.getMessage());
      err.println("Nothing was imported.");
      return 1;
    }
  }
}
