package org.iskra.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.iskra.archive.ArchiveManifest;
import org.iskra.archive.ArchiveRefused;
import org.iskra.archive.ArchiveRestorer;
import org.springframework.stereotype.Component;

/**
 * {@code restore FILE}: an archive written by {@code export}, into a new, empty instance; all or
 * nothing.
 */
@Component
class RestoreCommand implements Command {

  private final ArchiveRestorer restorer;

  RestoreCommand(ArchiveRestorer restorer) {
    this.restorer = restorer;
  }

  @Override
  public String name() {
    return "restore";
  }

  @Override
  public String usage() {
    return "restore FILE";
  }

  @Override
  public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
    CommandArguments parsed = CommandArguments.parse(args, Set.of());
    if (parsed.positional().size() != 1) {
      throw new UsageError("Give exactly one archive FILE to restore");
    }
    Path file = Path.of(parsed.positional().get(0));
    try {
      ArchiveManifest manifest = restorer.restore(file);
      out.println(
          "Restored "
              + file
              + " (taken "
              + manifest.createdAt()
              + "): "
              + manifest.rowsOf("articles")
              + " articles, "
              + manifest.rows()
              + " rows, "
              + manifest.mediaFiles()
              + " media files"
              + (manifest.withAccounts() ? ", with desk accounts." : ", without desk accounts."));
      out.println("The search index is rebuilt when the server starts.");
      return 0;
    } catch (ArchiveRefused e) {
      err.println(e.getMessage());
      if (e.nothingChanged()) {
        err.println("Nothing was restored.");
      }
      return 1;
    }
  }
}
