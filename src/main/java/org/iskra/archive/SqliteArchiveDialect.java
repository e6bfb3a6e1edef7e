package org.iskra.archive;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteConnectionConfig;

/** SQLite: a deferred read transaction; AUTOINCREMENT follows explicit ids by itself. */
class SqliteArchiveDialect implements ArchiveDialect {

  @Override
  public AutoCloseable beginSnapshot(Connection connection) throws SQLException {
    // The store's connections begin IMMEDIATE, which takes the write lock at once; an export
    // only reads, and in WAL mode a deferred transaction sees one state while saves go on.
    SQLiteConnectionConfig config = connection.unwrap(SQLiteConnection.class).getConnectionConfig();
    SQLiteConfig.TransactionMode mode = config.getTransactionMode();
    config.setTransactionMode(SQLiteConfig.TransactionMode.DEFERRED);
    connection.setAutoCommit(false);
    return () -> {
      try {
        connection.rollback();
        connection.setAutoCommit(true);
      } finally {
        config.setTransactionMode(mode);
      }
    };
  }

  @Override
  public String insert(String table, List<String> columns) {
    return "INSERT INTO "
        + table
        + " ("
        + columns.stream().map(ArchiveDialect::quoted).collect(Collectors.joining(", "))
        + ") VALUES ("
        + columns.stream().map(c -> "?").collect(Collectors.joining(", "))
        + ")";
  }

  @Override
  public void afterRestore(Connection connection, List<String> tables) {
    // sqlite_sequence already holds the largest id inserted, explicit ones included.
  }
}
