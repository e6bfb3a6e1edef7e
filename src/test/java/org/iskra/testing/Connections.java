package org.iskra.testing;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * A test's hand on every connection the application takes from its pool: to refuse it (the database
 * away) or to change it (a store that cannot grow), the way the failure looks from inside.
 */
public final class Connections {

  private Connections() {}

  /** Takes a connection from the application's own data source. */
  @FunctionalInterface
  public interface Opening {
    Connection open() throws SQLException;
  }

  /** What to do instead of, or around, taking a connection. */
  @FunctionalInterface
  public interface Interceptor {
    Connection intercept(Opening opening) throws SQLException;
  }

  /** A bean post-processor (declare it {@code static}) that puts the interceptor in front. */
  public static BeanPostProcessor intercepting(Interceptor interceptor) {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        if (!(bean instanceof DataSource dataSource)) {
          return bean;
        }
        return new DelegatingDataSource(dataSource) {
          @Override
          public Connection getConnection() throws SQLException {
            return interceptor.intercept(super::getConnection);
          }
        };
      }
    };
  }
}
