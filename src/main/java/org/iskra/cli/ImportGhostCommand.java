package org.iskra.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import org.iskra.syndication.GhostImporter;
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
    return ImportReportPrinter.importOneFile(args, importer::importFile, out, err);
  }
}
