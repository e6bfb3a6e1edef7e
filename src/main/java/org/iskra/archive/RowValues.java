package org.iskra.archive;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Column values between JDBC and JSON. The archive holds JSON's own types: whole numbers, text,
 * {@code true}/{@code false} and null, the same whichever store wrote it: SQLite keeps booleans as
 * 0 and 1, so a column declared {@code BOOLEAN} is written as a JSON boolean, and a restore
 * converts each value to the target column's type.
 */
final class RowValues {

  private RowValues() {}

  /** The columns of a result, lower-cased, and which of them are declared boolean. */
  record Columns(List<String> names, Set<String> booleans) {

    static Columns of(ResultSetMetaData meta) throws SQLException {
      List<String> names = new ArrayList<>();
      Set<String> booleans = new java.util.HashSet<>();
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        String name = meta.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT);
        names.add(name);
        String type = meta.getColumnTypeName(i).toLowerCase(java.util.Locale.ROOT);
        if (type.startsWith("bool")
            || meta.getColumnType(i) == Types.BOOLEAN
            || (meta.getColumnType(i) == Types.BIT && type.startsWith("bool"))) {
          booleans.add(name);
        }
      }
      return new Columns(List.copyOf(names), Set.copyOf(booleans));
    }
  }

  /** The current row as JSON values, with the named columns written as null. */
  static Map<String, Object> read(ResultSet rs, Columns columns, Set<String> nulled, String table)
      throws SQLException {
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 0; i < columns.names().size(); i++) {
      String name = columns.names().get(i);
      Object value = rs.getObject(i + 1);
      if (value == null || nulled.contains(name)) {
        row.put(name, null);
      } else if (columns.booleans().contains(name)) {
        row.put(name, value instanceof Boolean b ? b : ((Number) value).longValue() != 0);
      } else if (value instanceof Boolean || value instanceof String) {
        row.put(name, value);
      } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
        row.put(name, ((Number) value).longValue());
      } else if (value instanceof Number number) {
        row.put(name, number);
      } else {
        throw new IllegalStateException(
            "Column "
                + table
                + "."
                + name
                + " holds a "
                + value.getClass().getSimpleName()
                + ", which the archive format cannot carry");
      }
    }
    return row;
  }

  /** Binds a JSON value to a parameter of the target's column type ({@link java.sql.Types}). */
  static void bind(PreparedStatement statement, int index, Object value, int sqlType)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, sqlType);
      return;
    }
    switch (sqlType) {
      case Types.BOOLEAN, Types.BIT ->
          statement.setBoolean(
              index, value instanceof Boolean b ? b : ((Number) value).longValue() != 0);
      case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> {
        if (value instanceof Number number) {
          statement.setLong(index, number.longValue());
        } else if (value instanceof Boolean b) {
          statement.setLong(index, b ? 1 : 0);
        } else {
          throw new IllegalArgumentException("a number was expected, not " + value);
        }
      }
      default -> statement.setObject(index, value);
    }
  }
}
