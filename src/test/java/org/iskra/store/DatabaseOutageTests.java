package org.iskra.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Which failures mean "the database is away", with a real pool that cannot reach its database. */
class DatabaseOutageTests {

  /** A PostgreSQL pool pointed at a port where nothing listens, as when the database is down. */
  private static HikariDataSource unreachable() {
    HikariDataSource pool = new HikariDataSource();
    pool.setJdbcUrl("jdbc:postgresql://127.0.0.1:1/iskra?connectTimeout=1");
    pool.setConnectionTimeout(500);
    pool.setInitializationFailTimeout(-1);
    return pool;
  }

  @Test
  void aPoolThatCannotConnectIsAnOutage() {
    try (HikariDataSource pool = unreachable()) {
      long start = System.nanoTime();
      Throwable query =
          catchThrowable(() -> JdbcClient.create(pool).sql("SELECT 1").query().singleValue());
      assertThat((System.nanoTime() - start) / 1_000_000)
          .as("waits the pool's connection timeout, not 30 s")
          .isLessThan(5_000);
      assertThat(DatabaseOutage.causedBy(query)).as(query.toString()).isTrue();

      Throwable transaction =
          catchThrowable(
              () ->
                  new TransactionTemplate(new DataSourceTransactionManager(pool))
                      .executeWithoutResult(status -> {}));
      assertThat(DatabaseOutage.causedBy(transaction)).as(transaction.toString()).isTrue();
    }
  }

  @Test
  void otherFailuresAreNot() {
    assertThat(DatabaseOutage.causedBy(new DuplicateKeyException("slug taken"))).isFalse();
    assertThat(
            DatabaseOutage.causedBy(
                new BadSqlGrammarException(
                    "select", "SELEC 1", new SQLException("syntax", "42601"))))
        .isFalse();
    assertThat(DatabaseOutage.causedBy(new IllegalStateException("a bug"))).isFalse();
    assertThat(DatabaseOutage.causedBy(null)).isFalse();
    assertThat(
            DatabaseOutage.causedBy(
                new IllegalStateException(new SQLException("connection refused", "08001"))))
        .isTrue();
    assertThat(DatabaseOutage.causedBy(new SQLTransientConnectionException("timed out"))).isTrue();
  }
}
