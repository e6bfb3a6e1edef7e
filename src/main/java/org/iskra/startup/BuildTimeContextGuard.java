package org.iskra.startup;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.LoggerFactory;
import org.springframework.aot.AotDetector;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName.Form;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.context.ApplicationListener;
import org.springframework.core.SpringProperties;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;

/**
 * Keeps the fast start honest. scripts/launch.sh starts the server with the application context
 * that Spring AOT generated when the jar was built ({@code -Dspring.aot.enabled=true}): bean
 * definitions as code, so a start neither reads configuration classes nor evaluates conditions. But
 * those conditions were evaluated then, with the packaged application.properties only, and a
 * setting given at run time that switches a part on or off ({@code management.server.port}, {@code
 * server.forward-headers-strategy=framework}, {@code spring.flyway.enabled} …) would be silently
 * ignored. So as soon as the settings are known, and before the context is made, this listener
 * looks at every setting given from outside the jar; if one is not on a short list of settings that
 * only carry a value (ports, addresses, the database's address and credentials, mail server,
 * logging, all of {@code iskra.*}), the start goes the ordinary way (about a second slower) and
 * says why in the log.
 *
 * <p>Registered in META-INF/spring.factories, so that it runs before any bean exists. Commands
 * never use the generated context (cli.IskraLauncher), and without {@code spring.aot.enabled} this
 * does nothing.
 */
public final class BuildTimeContextGuard
    implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

  /**
   * Settings that no condition of this application reads: their values are bound when beans are
   * made, in the generated context as in the ordinary one. Each covers the names below it.
   */
  static final List<ConfigurationPropertyName> VALUE_ONLY =
      Stream.of(
              "iskra",
              "server.port",
              "server.address",
              "server.shutdown",
              "server.max-http-request-header-size",
              "server.tomcat.threads",
              "server.tomcat.max-connections",
              "server.tomcat.accept-count",
              "server.tomcat.max-swallow-size",
              "spring.datasource.url",
              "spring.datasource.username",
              "spring.datasource.password",
              "spring.datasource.driver-class-name",
              "spring.datasource.hikari",
              "spring.mail.host",
              "spring.mail.port",
              "spring.mail.username",
              "spring.mail.password",
              "spring.mail.protocol",
              "spring.mail.default-encoding",
              "spring.mail.properties",
              "spring.servlet.multipart.max-file-size",
              "spring.servlet.multipart.max-request-size",
              "spring.lifecycle",
              "spring.task.scheduling.shutdown",
              "spring.application.name",
              "spring.main.lazy-initialization",
              "spring.main.log-startup-info",
              "spring.output.ansi",
              "spring.aot.enabled",
              "spring.context.exit",
              "management.observations.enable",
              "logging",
              "debug",
              "trace")
          .map(ConfigurationPropertyName::of)
          .toList();

  /**
   * The first part of the names that Spring Boot and the libraries it configures read; others
   * (java.*, user.*, PATH, HOME and the like from the JVM and the shell) are not settings.
   */
  static final Set<String> SETTING_ROOTS =
      Set.of(
          "iskra",
          "spring",
          "server",
          "management",
          "springdoc",
          "gg",
          "logging",
          "debug",
          "trace");

  /** The packaged application.properties, which the build-time conditions saw. */
  private static final String PACKAGED_DEFAULTS = "class path resource [application.properties]";

  /**
   * Spring Boot's own source of the jar's version and the process id (spring.application.version,
   * spring.application.pid): facts about the start, not settings.
   */
  private static final String APPLICATION_INFO = "applicationInfo";

  @Override
  public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
    if (!AotDetector.useGeneratedArtifacts()) {
      return;
    }
    settingFixedAtBuild(event.getEnvironment())
        .ifPresent(
            setting -> {
              SpringProperties.setProperty(AotDetector.AOT_ENABLED, "false");
              LoggerFactory.getLogger(BuildTimeContextGuard.class)
                  .info(
                      "Starting without the context prepared when the jar was built (Spring AOT):"
                          + " {} is set, and such a setting may switch parts of the application on"
                          + " or off, which that context fixed at build time. The start is about a"
                          + " second slower.",
                      setting);
            });
  }

  /**
   * The first setting given from outside the jar that a build-time condition may have read, with
   * where it comes from; empty when every such setting only carries a value.
   */
  static Optional<String> settingFixedAtBuild(ConfigurableEnvironment environment) {
    for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
      if (!(source instanceof IterableConfigurationPropertySource names)
          || (source.getUnderlyingSource() instanceof PropertySource<?> underlying
              && (underlying.getName().contains(PACKAGED_DEFAULTS)
                  || underlying.getName().equals(APPLICATION_INFO)))) {
        continue;
      }
      Optional<ConfigurationPropertyName> found =
          names.stream().filter(BuildTimeContextGuard::mayChangeConditions).findFirst();
      if (found.isPresent()) {
        Object origin =
            source.getUnderlyingSource() instanceof PropertySource<?> underlying
                ? underlying.getName()
                : source.getUnderlyingSource();
        return Optional.of(found.get() + " (from " + origin + ")");
      }
    }
    return Optional.empty();
  }

  private static boolean mayChangeConditions(ConfigurationPropertyName name) {
    if (name.isEmpty() || !SETTING_ROOTS.contains(name.getElement(0, Form.UNIFORM))) {
      return false;
    }
    for (ConfigurationPropertyName valueOnly : VALUE_ONLY) {
      if (valueOnly.equals(name) || valueOnly.isAncestorOf(name)) {
        return false;
      }
    }
    return true;
  }
}
