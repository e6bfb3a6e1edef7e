package org.iskra.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.iskra.archive.ArchiveRefused;
import org.iskra.archive.WxrExporter;
import org.springframework.stereotype.Component;

/** {@code export-wxr FILE}: every article as a WordPress export (WXR 1.2). */
@Component
class ExportWxrCommand implements Command {

  private final WxrExporter exporter;

  ExportWxrCommand(WxrExporter exporter) {
    this.exporter = exporter;
  }

  @Override
  public String name() {
    return "export-wxr";
  }

  @Override
  public String usage() {
    return "export-wxr FILE";
  }

  @Override
  public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
    CommandArguments parsed = CommandArguments.parse(args, Set.of());
    if (parsed.positional().size() != 1) {
      throw new UsageError("Give exactly one FILE to write the WordPress export to");
    }
    Path file = Path.of(parsed.positional().get(0));
    try {
      WxrExporter.Written written = exporter.export(file);
      out.println(
          "Wrote "
              + file
              + ": "
              + written.posts()
              + " posts, "
              + written.attachments()
              + " attachments, "
              + written.authors()
              + " authors, "
              + written.categories()
              + " categories, "
              + written.tags()
              + " tags. Import it in WordPress under Tools > Import > WordPress.");
      return 0;
    } catch (ArchiveRefused e) {
      err.println(e.getMessage());
      return 1;
    }
  }
}
