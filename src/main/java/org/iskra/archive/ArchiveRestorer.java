package org.iskra.archive;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Restores an archive written by {@link ArchiveExporter} into an empty, freshly migrated store of
 * the same schema version, SQLite or PostgreSQL whichever wrote it. All or nothing: every row goes
 * in within one transaction, checked against the manifest's counts and each entry's checksum; the
 * media files are unpacked beside the media directory and moved into place only after the
 * transaction commits. The search index is not in the archive: the server rebuilds it from the
 * store when it starts ({@code SearchMaintenance.catchUp}).
 */
@Service
public class ArchiveRestorer {

  private static final int BATCH = 500;

  private final DataSource dataSource;
  private final ArchiveDialect dialect;
  private final Flyway flyway;
  private final TransactionTemplate transactions;
  private final Path mediaDirectory;
  private final JsonMapper json = JsonMapper.builder().build();

  ArchiveRestorer(
      DataSource dataSource,
      ArchiveDialect dialect,
      Flyway flyway,
      PlatformTransactionManager transactionManager,
      @Value("${iskra.media.directory}") Path mediaDirectory) {
    this.dataSource = dataSource;
    this.dialect = dialect;
    this.flyway = flyway;
    this.transactions = new TransactionTemplate(transactionManager);
    this.mediaDirectory = mediaDirectory.toAbsolutePath();
  }

  /**
   * Restores the archive.
   *
   * @return its manifest
   * @throws ArchiveRefused when the file is not a whole Iskra archive of this schema version, or
   *     the store or the media directory already holds data; nothing is changed then
   */
  public ArchiveManifest restore(Path archive) {
    if (!Files.isRegularFile(archive)) {
      throw new ArchiveRefused(archive + ": no such file");
    }
    try (ZipFile zip = new ZipFile(archive.toFile(), StandardCharsets.UTF_8)) {
      ArchiveManifest manifest = manifest(zip, archive);
      ArchiveMediaFiles.refuseNonEmpty(mediaDirectory);
      Path unpacked = ArchiveMediaFiles.unpack(mediaDirectory, zip, manifest, archive);
      try {
        transactions.executeWithoutResult(status -> restoreTables(zip, manifest, archive));
        try {
          ArchiveMediaFiles.moveIntoPlace(unpacked, mediaDirectory);
        } catch (IOException e) {
          Path kept = unpacked;
          unpacked = null;
          throw new ArchiveRefused(
              "The store is restored, but the media files could not be moved to "
                  + mediaDirectory
                  + " ("
                  + e.getMessage()
                  + "); they are in "
                  + kept
                  + ": move that folder there by hand",
              e,
              false);
        }
        unpacked = null;
      } finally {
        if (unpacked != null) {
          ArchiveMediaFiles.deleteTree(unpacked);
        }
      }
      return manifest;
    } catch (ZipException e) {
      throw new ArchiveRefused(
          archive + ": not a readable zip file, or a truncated one (" + e.getMessage() + ")", e);
    } catch (IOException e) {
      throw new ArchiveRefused(archive + ": cannot be read (" + e.getMessage() + ")", e);
    }
  }

  private ArchiveManifest manifest(ZipFile zip, Path archive) throws IOException {
    ZipEntry entry = zip.getEntry(ArchiveManifest.ENTRY);
    if (entry == null) {
      throw new ArchiveRefused(
          archive + ": no " + ArchiveManifest.ENTRY + " in it; is this an Iskra archive?");
    }
    JsonNode tree;
    try (InputStream in = ArchiveEntries.checked(zip, entry, archive)) {
      tree = json.readTree(in.readAllBytes());
    } catch (JacksonException e) {
      throw new ArchiveRefused(
          archive
              + ": "
              + ArchiveManifest.ENTRY
              + " is unreadable ("
              + e.getOriginalMessage()
              + ")");
    }
    // Format and version first: a later format may name its fields otherwise.
    if (!ArchiveManifest.FORMAT.equals(tree.path("format").asString(""))) {
      throw new ArchiveRefused(
          archive + ": format '" + tree.path("format").asString("") + "' is not an Iskra archive");
    }
    if (tree.path("formatVersion").asInt(-1) != ArchiveManifest.FORMAT_VERSION) {
      throw new ArchiveRefused(
          archive
              + ": archive format version "
              + tree.path("formatVersion").asString("?")
              + "; this Iskra reads version "
              + ArchiveManifest.FORMAT_VERSION);
    }
    ArchiveManifest manifest;
    try {
      manifest = json.treeToValue(tree, ArchiveManifest.class);
    } catch (JacksonException e) {
      throw new ArchiveRefused(
          archive
              + ": "
              + ArchiveManifest.ENTRY
              + " is unreadable ("
              + e.getOriginalMessage()
              + ")");
    }
    String here = ArchiveExporter.schemaVersion(flyway);
    if (!here.equals(manifest.schemaVersion())) {
      throw new ArchiveRefused(
          archive
              + ": taken from schema version "
              + manifest.schemaVersion()
              + ", but this store is at version "
              + here
              + "; restore it with the Iskra release that wrote it, then upgrade");
    }
    List<String> expected =
        ArchiveTables.carried(manifest.withAccounts()).stream()
            .map(ArchiveTables.Table::name)
            .toList();
    List<String> carried =
        manifest.tables() == null
            ? List.of()
            : manifest.tables().stream().map(ArchiveManifest.TableCount::name).toList();
    if (!carried.equals(expected)) {
      throw new ArchiveRefused(
          archive + ": the manifest lists the tables " + carried + ", expected " + expected);
    }
    return manifest;
  }

  private void restoreTables(ZipFile zip, ArchiveManifest manifest, Path archive) {
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try {
      List<String> tables =
          manifest.tables().stream().map(ArchiveManifest.TableCount::name).toList();
      refuseNonEmptyTables(connection, tables);
      for (ArchiveManifest.TableCount table : manifest.tables()) {
        long rows = restoreTable(connection, zip, table.name(), archive);
        if (rows != table.rows()) {
          throw new ArchiveRefused(
              archive
                  + ": table "
                  + table.name()
                  + " has "
                  + rows
                  + " rows where the manifest promises "
                  + table.rows());
        }
      }
      dialect.afterRestore(connection, tables);
    } catch (SQLException e) {
      throw new ArchiveRefused(archive + ": the store refused a row (" + e.getMessage() + ")", e);
    } catch (IOException e) {
      throw new ArchiveRefused(archive + ": cannot be read (" + e.getMessage() + ")", e);
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
  }

  private static void refuseNonEmptyTables(Connection connection, List<String> tables)
      throws SQLException {
    List<String> occupied = new ArrayList<>();
    try (Statement statement = connection.createStatement()) {
      for (String table : tables) {
        try (ResultSet rs = statement.executeQuery("SELECT 1 FROM " + table + " LIMIT 1")) {
          if (rs.next()) {
            occupied.add(table);
          }
        }
      }
    }
    if (!occupied.isEmpty()) {
      throw new ArchiveRefused(
          "The store is not empty (rows in "
              + String.join(", ", occupied)
              + "); restore only into a new, empty instance");
    }
  }

  private long restoreTable(Connection connection, ZipFile zip, String table, Path archive)
      throws IOException, SQLException {
    String name = "tables/" + table + ".jsonl";
    ZipEntry entry = zip.getEntry(name);
    if (entry == null) {
      throw new ArchiveRefused(archive + ": " + name + " is missing");
    }
    Map<String, Integer> types = columnTypes(connection, table);
    long rows = 0;
    List<String> columns = null;
    PreparedStatement insert = null;
    int pending = 0;
    try (BufferedReader lines =
        new BufferedReader(
            new InputStreamReader(
                ArchiveEntries.checked(zip, entry, archive), StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        Map<String, Object> row = parse(line, name, rows + 1, archive);
        if (columns == null) {
          columns = List.copyOf(row.keySet());
          if (!types.keySet().containsAll(columns) || columns.size() != types.size()) {
            throw new ArchiveRefused(
                archive
                    + ": "
                    + name
                    + " has the columns "
                    + columns
                    + ", the store's table has "
                    + types.keySet());
          }
          insert = connection.prepareStatement(dialect.insert(table, columns));
        } else if (!columns.equals(List.copyOf(row.keySet()))) {
          throw new ArchiveRefused(
              archive + ": " + name + ", line " + (rows + 1) + ": other columns than line 1");
        }
        for (int i = 0; i < columns.size(); i++) {
          try {
            RowValues.bind(insert, i + 1, row.get(columns.get(i)), types.get(columns.get(i)));
          } catch (IllegalArgumentException | ClassCastException e) {
            throw new ArchiveRefused(
                archive
                    + ": "
                    + name
                    + ", line "
                    + (rows + 1)
                    + ": column "
                    + columns.get(i)
                    + ": "
                    + e.getMessage());
          }
        }
        insert.addBatch();
        rows++;
        if (++pending == BATCH) {
          insert.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        insert.executeBatch();
      }
    } finally {
      if (insert != null) {
        insert.close();
      }
    }
    return rows;
  }

  private Map<String, Object> parse(String line, String entry, long number, Path archive) {
    try {
      @SuppressWarnings("unchecked")
      Map<String, Object> row = json.readValue(line, LinkedHashMap.class);
      return row;
    } catch (JacksonException e) {
      throw new ArchiveRefused(
          archive
              + ": "
              + entry
              + ", line "
              + number
              + ": not a JSON row ("
              + e.getOriginalMessage()
              + ")");
    }
  }

  private static Map<String, Integer> columnTypes(Connection connection, String table)
      throws SQLException {
    Map<String, Integer> types = new LinkedHashMap<>();
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
      ResultSetMetaData meta = rs.getMetaData();
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        types.put(meta.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT), meta.getColumnType(i));
      }
    }
    return types;
  }
}
