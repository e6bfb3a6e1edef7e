package org.iskra.store;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;

/**
 * Tells a database that cannot be reached from every other failure, so that the site, the desk and
 * the API can answer "briefly unavailable, try again" (503) instead of "something went wrong"
 * (500). Nothing needs to happen for the outage to end: the connection pool opens new connections
 * as soon as the database answers again.
 */
public final class DatabaseOutage {

  /**
   * What {@code Retry-After} asks clients to wait: a little more than the pool's connection timeout
   * (spring.datasource.hikari.connection-timeout), so a retry does not meet the same wait.
   */
  public static final Duration RETRY_AFTER = Duration.ofSeconds(10);

  private DatabaseOutage() {}

  /**
   * Whether the failure, or anything that caused it, says no connection could be had or the one in
   * hand broke: Hikari's {@link SQLTransientConnectionException} ("Connection is not available,
   * request timed out"), the driver's refused or broken connection ({@link
   * SQLNonTransientConnectionException}, SQLState class 08), and Spring's translations of them
   * ({@code CannotGetJdbcConnectionException} and the other resource failures). A transaction that
   * could not begin ({@code CannotCreateTransactionException}) counts through its cause.
   */
  public static boolean causedBy(Throwable failure) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
      if (t instanceof DataAccessResourceFailureException
          || t instanceof TransientDataAccessResourceException
          || t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException) {
        return true;
      }
      if (t instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("08")) {
        return true;
      }
    }
    return false;
  }

  /** {@link #RETRY_AFTER} as the value of a {@code Retry-After} header: whole seconds. */
  public static String retryAfterHeader() {
    return Long.toString(RETRY_AFTER.toSeconds());
  }
}
