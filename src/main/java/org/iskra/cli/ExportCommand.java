package org.iskra.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.iskra.archive.ArchiveExporter;
import org.iskra.archive.ArchiveManifest;
import org.iskra.archive.ArchiveRefused;
import org.springframework.stereotype.Component;

/**
 * {@code export FILE [--with-accounts]}: the whole publication as one archive, for a backup or a
 * move to another host; {@code restore} reads it back.
 */
@Component
class ExportCommand implements Command {

  private static final String WITH_ACCOUNTS = "--with-accounts";

  private final ArchiveExporter exporter;

  ExportCommand(ArchiveExporter exporter) {
    this.exporter = exporter;
  }

  @Override
  public String name() {
    return "export";
  }

  @Override
  public String usage() {
    return "export FILE [--with-accounts]";
  }

  @Override
  public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
    List<String> rest = new ArrayList<>(args);
    boolean withAccounts = rest.remove(WITH_ACCOUNTS);
    CommandArguments parsed = CommandArguments.parse(rest, Set.of());
    if (parsed.positional().size() != 1) {
      throw new UsageError("Give exactly one FILE to write the archive to");
    }
    Path file = Path.of(parsed.positional().get(0));
    try {
      ArchiveManifest manifest = exporter.export(file, withAccounts);
      out.println(
          "Wrote "
              + file
              + ": "
              + manifest.rowsOf("articles")
              + " articles, "
              + manifest.rows()
              + " rows in "
              + manifest.tables().size()
              + " tables, "
              + manifest.mediaFiles()
              + " media files (schema version "
              + manifest.schemaVersion()
              + ", "
              + (withAccounts ? "with" : "without")
              + " desk accounts).");
      if (withAccounts) {
        out.println(
            "It holds password hashes and two-factor secrets: keep it where only administrators"
                + " can read it.");
      }
      out.println(
          "It holds subscribers' e-mail addresses and webhook secrets: treat it as personal data.");
      return 0;
    } catch (ArchiveRefused e) {
      err.println(e.getMessage());
      return 1;
    }
  }
}
