package org.iskra;

import java.time.Clock;
import org.iskra.cli.IskraLauncher;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * Iskra: one executable that serves the publication ({@code serve}, the default) and runs its
 * commands ({@code import-text} …). See {@link IskraLauncher} for how arguments are read.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IskraApplication {

  public static void main(String[] args) {
    IskraLauncher.launch(IskraApplication.class, args);
  }

  /** The one source of "now", so that tests can fix time. */
  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
