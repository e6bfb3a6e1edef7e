package org.iskra.archive;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Chooses the store's {@link ArchiveDialect} once, from the database the data source reaches. */
@Configuration(proxyBeanMethods = false)
class ArchiveConfiguration {

  @Bean
  ArchiveDialect archiveDialect(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName();
      return product.equalsIgnoreCase("PostgreSQL")
          ? new PostgresArchiveDialect()
          : new SqliteArchiveDialect();
    }
  }
}
