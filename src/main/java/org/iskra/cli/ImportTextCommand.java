package org.iskra.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.iskra.article.ArticleStatus;
import org.iskra.article.InvalidArticle;
import org.iskra.section.InvalidSection;
import org.iskra.syndication.PlainTextImporter;
import org.iskra.syndication.TextImportReport;
import org.iskra.syndication.UnreadableText;
import org.springframework.stereotype.Component;

/**
 * {@code import-text FILE --section SLUG [--status draft|published]}: one article per paragraph.
 */
@Component
class ImportTextCommand implements Command {

  /** Plain-text files larger than this are certainly not a batch of articles. */
  static final long MAX_BYTES = 64L * 1024 * 1024;

  private final PlainTextImporter importer;

  ImportTextCommand(PlainTextImporter importer) {
    this.importer = importer;
  }

  @Override
  public String name() {
    return "import-text";
  }

  @Override
  public String usage() {
    return "import-text FILE --section SLUG [--status draft|published]";
  }

  @Override
  public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
    CommandArguments parsed = CommandArguments.parse(args, Set.of("section", "status"));
    if (parsed.positional().size() != 1) {
      throw new UsageError("Give exactly one FILE to import");
    }
    String section =
        parsed.option("section").orElseThrow(() -> new UsageError("--section SLUG is required"));
    ArticleStatus status =
        parsed.option("status").map(ImportTextCommand::status).orElse(ArticleStatus.PUBLISHED);
    Path file = Path.of(parsed.positional().get(0));
    try {
      if (Files.isDirectory(file)) {
        err.println(file + ": is a directory, not a text file");
        return 1;
      }
      if (Files.size(file) > MAX_BYTES) {
        err.println(file + ": larger than " + MAX_BYTES / 1024 / 1024 + " MiB; split it first");
        return 1;
      }
      TextImportReport report =
          importer.importText(
              Files.readAllBytes(file), file.getFileName().toString(), section, status);
      if (report.sectionCreated()) {
        out.println(
            "Created section '" + report.section().name() + "' at " + report.section().path());
      }
      out.println(
          "Imported "
              + report.articles()
              + " "
              + (report.articles() == 1 ? "article" : "articles")
              + " as "
              + status.code()
              + " into "
              + report.section().path()
              + " from "
              + file);
      return 0;
    } catch (NoSuchFileException e) {
      err.println(file + ": no such file");
      return 1;
    } catch (IOException e) {
      err.println(file + ": cannot be read (" + e.getMessage() + ")");
      return 1;
    } catch (UnreadableText | InvalidSection | InvalidArticle e) {
      err.println(e.getMessage());
      err.println("Nothing was imported.");
      return 1;
    }
  }

  private static ArticleStatus status(String code) {
    if (!code.equals("draft") && !code.equals("published")) {
      throw new UsageError("--status must be draft or published, not '" + code + "'");
    }
    return ArticleStatus.fromCode(code);
  }
}
