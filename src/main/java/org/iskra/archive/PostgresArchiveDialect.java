package org.iskra.archive;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;

/**
 * PostgreSQL: a repeatable-read snapshot streamed through a cursor; identity columns are {@code
 * GENERATED ALWAYS}, so restored ids need {@code OVERRIDING SYSTEM VALUE}, and their sequences are
 * moved past the largest restored id afterwards.
 */
class PostgresArchiveDialect implements ArchiveDialect {

  @Override
  public AutoCloseable beginSnapshot(Connection connection) throws SQLException {
    int isolation = connection.getTransactionIsolation();
    connection.setAutoCommit(false);
    connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
    connection.setReadOnly(true);
    return () -> {
      try {
        connection.rollback();
      } finally {
        connection.setReadOnly(false);
        connection.setTransactionIsolation(isolation);
        connection.setAutoCommit(true);
      }
    };
  }

  @Override
  public String insert(String table, List<String> columns) {
    return "INSERT INTO "
        + table
        + " ("
        + columns.stream().map(ArchiveDialect::quoted).collect(Collectors.joining(", "))
        + ") OVERRIDING SYSTEM VALUE VALUES ("
        + columns.stream().map(c -> "?").collect(Collectors.joining(", "))
        + ")";
  }

  @Override
  public void afterRestore(Connection connection, List<String> tables) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (String table : tables) {
        String sequence;
        try (ResultSet rs =
            statement.executeQuery(
                "SELECT pg_get_serial_sequence('"
                    + table
                    + "', column_name) FROM information_schema.columns"
                    + " WHERE table_schema = current_schema() AND table_name = '"
                    + table
                    + "' AND column_name = 'id'")) {
          sequence = rs.next() ? rs.getString(1) : null;
        }
        if (sequence != null) {
          statement.execute(
              "SELECT setval('"
                  + sequence
                  + "', m) FROM (SELECT MAX(id) AS m FROM "
                  + table
                  + ") AS largest WHERE m IS NOT NULL");
        }
      }
    }
  }
}
