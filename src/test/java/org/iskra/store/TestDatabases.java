package org.iskra.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Fresh, migrated databases for tests: an SQLite file in a temporary directory, or a new schema in
 * the PostgreSQL server named by {@code ISKRA_TEST_POSTGRES_URL} (which {@code .ci/run} starts).
 * Under CI the PostgreSQL URL is required, so its tests can never be skipped silently there.
 */
public final class TestDatabases {

  public static final String POSTGRES_URL_VARIABLE = "ISKRA_TEST_POSTGRES_URL";

  /** The kinds of store every repository test runs against. */
  public enum Kind {
    SQLITE,
    POSTGRESQL
  }

  /** A migrated database and how to reach it. */
  public record TestDatabase(
      Kind kind, String url, DataSource dataSource, JdbcClient jdbc, String schema) {

    /** The Spring settings that point the application at this database. */
    public Map<String, String> springProperties() {
      return schema == null
          ? Map.of("iskra.database.url", url)
          : Map.of("iskra.database.url", url, "spring.flyway.default-schema", schema);
    }
  }

  private TestDatabases() {}

  public static boolean isPostgresConfigured() {
    String url = System.getenv(POSTGRES_URL_VARIABLE);
    if ((url == null || url.isBlank()) && "true".equals(System.getenv("CI"))) {
      throw new IllegalStateException(
          POSTGRES_URL_VARIABLE + " must be set under CI: the PostgreSQL tests may not be skipped");
    }
    return url != null && !url.isBlank();
  }

  /** A new database of that kind, migrated to the current schema. */
  public static TestDatabase create(Kind kind) {
    return kind == Kind.SQLITE ? sqlite() : postgres();
  }

  /** Settings for a new, empty (not migrated) database of that kind, for a whole application. */
  public static Map<String, String> emptyDatabaseProperties(Kind kind) {
    if (kind == Kind.SQLITE) {
      return Map.of("iskra.data-dir", temporaryDirectory().toString());
    }
    String schema = newSchemaName();
    // The data directory also holds media and the search index: never the working directory's.
    return Map.of(
        "iskra.database.url",
        postgresUrl(schema),
        "spring.flyway.default-schema",
        schema,
        "iskra.data-dir",
        temporaryDirectory().toString());
  }

  /** SQLite's plan for a statement, one line per step ({@code EXPLAIN QUERY PLAN}). */
  public static List<String> sqlitePlan(JdbcClient jdbc, String sql, Map<String, ?> params) {
    return jdbc.sql("EXPLAIN QUERY PLAN " + sql)
        .params(params)
        .query((rs, row) -> rs.getString("detail"))
        .list();
  }

  public static TestDatabase sqlite() {
    String url =
        "jdbc:sqlite:"
            + temporaryDirectory().resolve("iskra.db")
            + "?foreign_keys=true&journal_mode=WAL";
    DataSource dataSource = new DriverManagerDataSource(url);
    Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/migration/sqlite")
        .load()
        .migrate();
    return new TestDatabase(Kind.SQLITE, url, dataSource, JdbcClient.create(dataSource), null);
  }

  public static TestDatabase postgres() {
    if (!isPostgresConfigured()) {
      throw new IllegalStateException(POSTGRES_URL_VARIABLE + " is not set");
    }
    String schema = newSchemaName();
    String url = postgresUrl(schema);
    DataSource dataSource = new DriverManagerDataSource(url);
    Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/migration/postgresql")
        .schemas(schema)
        .defaultSchema(schema)
        .load()
        .migrate();
    return new TestDatabase(
        Kind.POSTGRESQL, url, dataSource, JdbcClient.create(dataSource), schema);
  }

  private static String postgresUrl(String schema) {
    String base = System.getenv(POSTGRES_URL_VARIABLE);
    return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  private static String newSchemaName() {
    return "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
  }

  private static Path temporaryDirectory() {
    try {
      Path dir = Files.createTempDirectory("iskra-test-");
      dir.toFile().deleteOnExit();
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
