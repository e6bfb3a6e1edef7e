package org.iskra.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.iskra.syndication.ImportReport;
import org.iskra.syndication.UnreadableText;
import org.iskra.syndication.WxrImporter;
import org.springframework.stereotype.Component;

/**
 * {@code import-wxr FILE [--categories sections|tags] [--section SLUG] [--attachments DIR]}: a
 * WordPress export.
 */
@Component
class ImportWxrCommand implements Command {

  private final WxrImporter importer;

  ImportWxrCommand(WxrImporter importer) {
    this.importer = importer;
  }

  @Override
  public String name() {
    return "import-wxr";
  }

  @Override
  public String usage() {
    return "import-wxr FILE [--categories sections|tags] [--section SLUG] [--attachments DIR]";
  }

  @Override
  public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
    CommandArguments parsed =
        CommandArguments.parse(args, Set.of("categories", "section", "attachments"));
    if (parsed.positional().size() != 1) {
      throw new UsageError("Give exactly one FILE to import");
    }
    WxrImporter.Categories categories =
        switch (parsed.option("categories").orElse("sections")) {
          case "sections" -> WxrImporter.Categories.SECTIONS;
          case "tags" -> WxrImporter.Categories.TAGS;
          default ->
              throw new UsageError(
                  "--categories must be sections or tags, not '"
                      + parsed.option("categories").get()
                      + "'");
        };
    String section = parsed.option("section").orElse(null);
    if (categories == WxrImporter.Categories.TAGS && section == null) {
      throw new UsageError("--categories tags needs --section SLUG for every post");
    }
    Path attachments = parsed.option("attachments").map(Path::of).orElse(null);
    if (attachments != null && !Files.isDirectory(attachments)) {
      throw new UsageError("--attachments " + attachments + " is not a directory");
    }
    Path file = Path.of(parsed.positional().get(0));
    try {
      long start = System.nanoTime();
      ImportReport report =
          importer.importFile(file, new WxrImporter.Options(categories, section, attachments));
      return ImportReportPrinter.print(
          report, java.time.Duration.ofNanos(System.nanoTime() - start), out, err);
    } catch (UnreadableText e) {
      err.println(e.getMessage());
      err.println("Nothing was imported.");
      return 1;
    }
  }
}
