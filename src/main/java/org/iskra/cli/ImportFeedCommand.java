package org.iskra.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.iskra.syndication.FeedFileImporter;
import org.iskra.syndication.ImportReport;
import org.iskra.syndication.UnreadableText;
import org.springframework.stereotype.Component;

/** {@code import-feed FILE [--section SLUG]}: an RSS or Atom feed saved to a file, once. */
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
