package org.iskra.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Properties;
import org.iskra.cli.IskraLauncher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.aot.AotDetector;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.env.OriginTrackedMapPropertySource;
import org.springframework.core.SpringProperties;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertiesPropertySource;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class BuildTimeContextGuardTests {

  @AfterEach
  void forgetTheFlag() {
    SpringProperties.setProperty(AotDetector.AOT_ENABLED, null);
  }

  /** What the JVM, the shell and the jar bring, as in a real start, plus the given arguments. */
  private static StandardEnvironment environment(Map<String, Object> shell, String... args) {
    StandardEnvironment environment = new StandardEnvironment();
    var sources = environment.getPropertySources();
    sources.remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
    sources.remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
    Properties jvm = new Properties();
    jvm.setProperty("java.version", "25");
    jvm.setProperty("user.dir", "/srv/iskra");
    jvm.setProperty("spring.aot.enabled", "true");
    sources.addLast(
        new PropertiesPropertySource(
            StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME, jvm));
    sources.addLast(
        new SystemEnvironmentPropertySource(
            StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, shell));
    // The packaged defaults name conditions' settings (management.*, spring.threads.*): they are
    // what the build saw, so they never count.
    sources.addLast(
        new OriginTrackedMapPropertySource(
            "Config resource 'class path resource [application.properties]' via location"
                + " 'optional:classpath:/'",
            Map.of(
                "management.endpoint.health.probes.enabled", "true",
                "spring.threads.virtual.enabled", "true")));
    // Spring Boot adds the jar's version and the process id when it runs from a jar.
    sources.addLast(
        new MapPropertySource(
            "applicationInfo",
            Map.of("spring.application.version", "0.1.0", "spring.application.pid", 4242L)));
    if (args.length > 0) {
      sources.addFirst(new SimpleCommandLinePropertySource(args));
    }
    return environment;
  }

  @Test
  void settingsThatOnlyCarryValuesKeepTheBuildTimeContext() {
    StandardEnvironment environment =
        environment(
            Map.of(
                "PATH", "/usr/bin",
                "HOME", "/root",
                "JAVA_HOME", "/usr/lib/jvm/temurin-25",
                "SPRING_DATASOURCE_URL", "jdbc:postgresql://db/iskra",
                "ISKRA_CACHE_ENABLED", "false"),
            "--server.port=8080",
            "--server.address=127.0.0.1",
            "--iskra.data-dir=/var/lib/iskra",
            "--iskra.demo.enabled=false",
            "--logging.level.root=warn",
            "--spring.mail.host=mail.example.org",
            "--spring.datasource.hikari.maximum-pool-size=4");

    assertThat(BuildTimeContextGuard.settingFixedAtBuild(environment)).isEmpty();
  }

  @Test
  void theStaticExportsSettingsKeepTheBuildTimeContext() {
    // export-static runs on the server's generated context: what the launcher adds to the user's
    // settings must only carry values, or every export would quietly start the slow way.
    StandardEnvironment environment =
        environment(
            Map.of(),
            IskraLauncher.servingSettings(
                new String[] {"/srv/site", "--iskra.data-dir=/var/lib/iskra", "--parallel", "2"}));
    environment
        .getPropertySources()
        .addLast(new MapPropertySource("defaultProperties", IskraLauncher.COMMAND_DEFAULTS));

    assertThat(BuildTimeContextGuard.settingFixedAtBuild(environment)).isEmpty();
  }

  @Test
  void aSettingThatSwitchesPartsIsNamedWithItsSource() {
    assertThat(
            BuildTimeContextGuard.settingFixedAtBuild(
                environment(Map.of(), "--management.server.port=9090")))
        .hasValueSatisfying(
            setting ->
                assertThat(setting).contains("management.server.port").contains("commandLineArgs"));
    // From the shell, in the shell's spelling.
    assertThat(
            BuildTimeContextGuard.settingFixedAtBuild(
                environment(Map.of("SERVER_FORWARDHEADERSSTRATEGY", "framework"))))
        .hasValueSatisfying(
            setting -> assertThat(setting).contains("server.forwardheadersstrategy"));
    // A setting under a value-only name's parent is not covered by it.
    assertThat(
            BuildTimeContextGuard.settingFixedAtBuild(
                environment(Map.of(), "--spring.datasource.type=com.example.Pool")))
        .hasValueSatisfying(setting -> assertThat(setting).contains("spring.datasource.type"));
    assertThat(
            BuildTimeContextGuard.settingFixedAtBuild(
                environment(Map.of(), "--spring.flyway.enabled=false")))
        .isPresent();
  }

  @Test
  void theStartGoesTheOrdinaryWayOnlyWhenItWouldUseTheBuildTimeContext() {
    BuildTimeContextGuard guard = new BuildTimeContextGuard();
    StandardEnvironment switching = environment(Map.of(), "--management.server.port=9090");

    guard.onApplicationEvent(event(switching)); // spring.aot.enabled unset: nothing to do
    assertThat(AotDetector.useGeneratedArtifacts()).isFalse();
    assertThat(SpringProperties.getProperty(AotDetector.AOT_ENABLED)).isNull();

    SpringProperties.setProperty(AotDetector.AOT_ENABLED, "true");
    guard.onApplicationEvent(event(environment(Map.of(), "--server.port=8080")));
    assertThat(AotDetector.useGeneratedArtifacts()).isTrue();

    guard.onApplicationEvent(event(switching));
    assertThat(AotDetector.useGeneratedArtifacts()).isFalse();
  }

  private static ApplicationEnvironmentPreparedEvent event(StandardEnvironment environment) {
    return new ApplicationEnvironmentPreparedEvent(
        new DefaultBootstrapContext(), new SpringApplication(), new String[0], environment);
  }
}
