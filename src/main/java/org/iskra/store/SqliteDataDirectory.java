package org.iskra.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Creates the directory of an SQLite database file before anything connects: SQLite creates the
 * file but not its parent directories. Registered in {@code META-INF/spring.factories}, so it runs
 * before the application context, for the server, the commands and the tests alike.
 */
public class SqliteDataDirectory
    implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

  private static final String PREFIX = "jdbc:sqlite:";

  @Override
  public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
    String url = event.getEnvironment().getProperty("spring.datasource.url");
    if (url == null || !url.startsWith(PREFIX)) {
      return;
    }
    String file = url.substring(PREFIX.length());
    int query = file.indexOf('?');
    if (query >= 0) {
      file = file.substring(0, query);
    }
    if (file.isEmpty() || file.startsWith(":memory:") || file.startsWith("file:")) {
      return;
    }
    Path parent = Path.of(file).toAbsolutePath().getParent();
    try {
      Files.createDirectories(parent);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the data directory " + parent, e);
    }
  }
}
