package org.iskra.archive;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * What differs between the stores when rows are copied out and back in whole, chosen once at
 * start-up ({@link ArchiveConfiguration}) so that no method branches on the database.
 */
interface ArchiveDialect {

  /**
   * Starts a read-only transaction on the connection that sees one consistent state of every table
   * and lets rows be streamed; closing it ends the transaction and puts the connection back as it
   * was.
   */
  AutoCloseable beginSnapshot(Connection connection) throws SQLException;

  /** An insert of a row with these columns, keeping the archive's own ids. */
  String insert(String table, List<String> columns);

  /** After every row is in, within the same transaction: make new rows' ids follow the restored. */
  void afterRestore(Connection connection, List<String> tables) throws SQLException;

  /** Quotes a column name (both stores accept the standard double quotes). */
  static String quoted(String column) {
    return '"' + column + '"';
  }
}
