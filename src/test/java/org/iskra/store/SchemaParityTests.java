package org.iskra.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/** Both stores' migrations must produce the same tables with the same columns. */
@EnabledIf("org.iskra.store.TestDatabases#isPostgresConfigured")
class SchemaParityTests {

  @Test
  void sqliteAndPostgresqlHaveTheSameTablesAndColumns() throws SQLException {
    TestDatabases.TestDatabase sqlite = TestDatabases.sqlite();
    TestDatabases.TestDatabase postgres = TestDatabases.postgres();

    Map<String, TreeSet<String>> sqliteTables = columns(sqlite.dataSource(), null);
    Map<String, TreeSet<String>> postgresTables = columns(postgres.dataSource(), postgres.schema());

    assertThat(sqliteTables).isNotEmpty().containsKey("articles");
    assertThat(postgresTables).isEqualTo(sqliteTables);
  }

  private static Map<String, TreeSet<String>> columns(DataSource dataSource, String schema)
      throws SQLException {
    Map<String, TreeSet<String>> tables = new TreeMap<>();
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData meta = connection.getMetaData();
      try (ResultSet rs = meta.getColumns(null, schema, "%", "%")) {
        while (rs.next()) {
          String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
          if (table.startsWith("sqlite_") || table.equals("flyway_schema_history")) {
            continue;
          }
          tables
              .computeIfAbsent(table, t -> new TreeSet<>())
              .add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
        }
      }
    }
    return tables;
  }
}
