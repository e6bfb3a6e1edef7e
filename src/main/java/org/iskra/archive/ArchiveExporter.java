package org.iskra.archive;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.iskra.publication.SiteSettings;
import org.iskra.store.DiskFull;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the whole publication to one zip file: every table of {@link ArchiveTables#EXPORTED} as
 * JSON lines ({@code tables/NAME.jsonl}, one row a line), every file under {@code
 * iskra.media.directory} ({@code media/…}) and, last, {@code manifest.json}. Rows are streamed from
 * one read-only snapshot of the store, so the archive is consistent and memory stays small whatever
 * the size of the publication. The archive is written beside the target and moved into place at the
 * end: a failed export never leaves a half-written file under the target's name.
 */
@Service
public class ArchiveExporter {

  private static final int FETCH_SIZE = 500;

  private final DataSource dataSource;
  private final ArchiveDialect dialect;
  private final Flyway flyway;
  private final SiteSettings site;
  private final Path mediaDirectory;
  private final Clock clock;
  private final JsonMapper json = JsonMapper.builder().build();

  ArchiveExporter(
      DataSource dataSource,
      ArchiveDialect dialect,
      Flyway flyway,
      SiteSettings site,
      @Value("${iskra.media.directory}") Path mediaDirectory,
      Clock clock) {
    this.dataSource = dataSource;
    this.dialect = dialect;
    this.flyway = flyway;
    this.site = site;
    this.mediaDirectory = mediaDirectory;
    this.clock = clock;
  }

  /**
   * Writes the archive to {@code target}, replacing a file of that name only once the new one is
   * complete.
   *
   * @param withAccounts whether desk accounts (password hashes, two-factor secrets), their API
   *     tokens and the audit log go in too
   * @return the manifest written
   */
  public ArchiveManifest export(Path target, boolean withAccounts) {
    Path absolute = target.toAbsolutePath();
    Path partial;
    try {
      Files.createDirectories(absolute.getParent());
      partial = Files.createTempFile(absolute.getParent(), ".iskra-export-", ".partial");
    } catch (IOException e) {
      throw cannotWrite(target, e);
    }
    try {
      ArchiveManifest manifest;
      try (OutputStream file = open(partial);
          ZipOutputStream zip = new ZipOutputStream(new java.io.BufferedOutputStream(file))) {
        List<ArchiveManifest.TableCount> counts = writeTables(zip, withAccounts);
        long[] media = writeMedia(zip);
        manifest =
            new ArchiveManifest(
                ArchiveManifest.FORMAT,
                ArchiveManifest.FORMAT_VERSION,
                schemaVersion(flyway),
                clock.instant().toString(),
                site.baseUrl(),
                withAccounts,
                counts,
                media[0],
                media[1]);
        zip.putNextEntry(new ZipEntry(ArchiveManifest.ENTRY));
        zip.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
        zip.closeEntry();
      }
      Files.move(
          partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return manifest;
    } catch (IOException e) {
      throw cannotWrite(target, e);
    } catch (java.io.UncheckedIOException e) {
      throw cannotWrite(target, e.getCause());
    } finally {
      try {
        Files.deleteIfExists(partial);
      } catch (IOException ignored) {
        // Only a temporary file is left behind; the target is untouched.
      }
    }
  }

  /** The file the archive is written to before it is moved into place. */
  OutputStream open(Path partial) throws IOException {
    return Files.newOutputStream(partial);
  }

  /**
   * A full disk (ENOSPC, or a quota) is said plainly: the operator's next step is to free space or
   * choose another disk, and the partial file is gone by the time this is read.
   */
  static ArchiveRefused cannotWrite(Path target, Exception e) {
    if (DiskFull.isCause(e)) {
      return new ArchiveRefused(
          target
              + ": the disk is full; nothing was written. Free some space or export to another"
              + " disk.",
          e);
    }
    return new ArchiveRefused(target + ": cannot be written (" + e.getMessage() + ")", e);
  }

  /** Flyway's latest applied version: the schema an archive belongs to. */
  static String schemaVersion(Flyway flyway) {
    var current = flyway.info().current();
    return current == null ? "0" : current.getVersion().getVersion();
  }

  private List<ArchiveManifest.TableCount> writeTables(ZipOutputStream zip, boolean withAccounts)
      throws IOException {
    List<ArchiveManifest.TableCount> counts = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        AutoCloseable snapshot = dialect.beginSnapshot(connection)) {
      for (ArchiveTables.Table table : ArchiveTables.carried(withAccounts)) {
        Set<String> nulled = withAccounts ? Set.of() : table.accountColumns();
        zip.putNextEntry(new ZipEntry("tables/" + table.name() + ".jsonl"));
        BufferedWriter out =
            new BufferedWriter(new OutputStreamWriter(unclosable(zip), StandardCharsets.UTF_8));
        long rows = 0;
        try (PreparedStatement select =
            connection.prepareStatement(
                "SELECT * FROM " + table.name() + " ORDER BY " + table.orderBy())) {
          select.setFetchSize(FETCH_SIZE);
          try (ResultSet rs = select.executeQuery()) {
            RowValues.Columns columns = RowValues.Columns.of(rs.getMetaData());
            while (rs.next()) {
              Map<String, Object> row = RowValues.read(rs, columns, nulled, table.name());
              out.write(json.writeValueAsString(row));
              out.write('\n');
              rows++;
            }
          }
        }
        out.flush();
        zip.closeEntry();
        counts.add(new ArchiveManifest.TableCount(table.name(), rows));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Reading the store failed: " + e.getMessage(), e);
    } catch (IOException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return counts;
  }

  /** Every regular file under the media directory, in path order; {files, bytes}. */
  private long[] writeMedia(ZipOutputStream zip) throws IOException {
    long files = 0;
    long bytes = 0;
    if (!Files.isDirectory(mediaDirectory)) {
      return new long[] {0, 0};
    }
    List<Path> paths;
    try (Stream<Path> walk = Files.walk(mediaDirectory)) {
      paths = walk.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path path : paths) {
      String relative = mediaDirectory.relativize(path).toString().replace('\\', '/');
      zip.putNextEntry(new ZipEntry("media/" + relative));
      bytes += Files.copy(path, zip);
      zip.closeEntry();
      files++;
    }
    return new long[] {files, bytes};
  }

  /** The zip stream for a writer that must not close it with the entry. */
  private static OutputStream unclosable(OutputStream out) {
    return new FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        flush();
      }
    };
  }
}
