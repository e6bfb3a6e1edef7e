package org.iskra.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import org.iskra.syndication.FeedFileImporter;
import org.springframework.stereotype.Component;

/** {@code import-feed FILE [--section SLUG]}: an RSS, Atom or JSON Feed file, once. */
@Component
class ImportFeedCommand implements Command {

  private final FeedFileImporter importer;

  ImportFeedCommand(FeedFileImporter importer) {
    this.importer = importer;
  }

  @Override
  public String name() {
    return "import-feed";
  }

  @Override
  public String usage() {
    return "import-feed FILE [--section SLUG]";
  }

  @Override
  public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
    return ImportReportPrinter.importOneFile(args, importer::importFile, out, err);
  }
}
