package org.iskra.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JVM options scripts/launch.sh gives a command, through bash as ./iskra sources it. */
class LaunchScriptTests {

  private static final String LAUNCH =
      "source scripts/launch.sh; ISKRA_LAUNCH=(java -Xmx512m -jar iskra.jar); ";

  private static List<String> bash(String script) throws Exception {
    Process process = new ProcessBuilder("bash", "-c", script).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(output).isZero();
    return output.lines().toList();
  }

  private static List<String> launchFor(String command) throws Exception {
    return bash(
        LAUNCH + "iskra_for_command '" + command + "'; printf '%s\\n' \"${ISKRA_LAUNCH[@]}\"");
  }

  @Test
  void theStaticExportGetsItsCompilerOptionsBetweenJavaAndTheJar() throws Exception {
    List<String> launch = launchFor("export-static");

    assertThat(launch.getFirst()).isEqualTo("java");
    assertThat(launch.subList(launch.size() - 3, launch.size()))
        .containsExactly("-Xmx512m", "-jar", "iskra.jar");
    assertThat(launch.subList(1, launch.size() - 3))
        .isNotEmpty()
        .allSatisfy(option -> assertThat(option).startsWith("-XX:"));
  }

  @Test
  void theServerAndOtherCommandsRunWithTheCallersOptionsOnly() throws Exception {
    for (String command : List.of("", "serve", "import-wxr", "reindex", "--server.port=9000")) {
      assertThat(launchFor(command)).containsExactly("java", "-Xmx512m", "-jar", "iskra.jar");
    }
  }

  @Test
  void theJvmThatRunsTheTestsAcceptsTheOptions() throws Exception {
    String java = ProcessHandle.current().info().command().orElseThrow();

    List<String> output =
        bash(
            "source scripts/launch.sh; '"
                + java
                + "' $(iskra_command_options export-static) -XX:+PrintFlagsFinal -version");

    assertThat(output).anyMatch(line -> line.matches("\\s*intx MaxInlineLevel\\s+= 4\\s.*"));
  }

  @Test
  void theJdkThatRunsIskraStillReadsTheReflectionOption() throws Exception {
    List<String> options = bash("source scripts/launch.sh; iskra_reflection_options");
    assertThat(options).singleElement().asString().startsWith("-Djdk.reflect.");
    String property = options.getFirst().substring("-D".length()).replaceFirst("=.*$", "");

    // A property the JDK no longer reads would be ignored without a word, and start-ups slower.
    byte[] reader =
        Files.readAllBytes(
            FileSystems.getFileSystem(URI.create("jrt:/"))
                .getPath("modules", "java.base", "jdk/internal/reflect/ReflectionFactory.class"));
    assertThat(new String(reader, StandardCharsets.ISO_8859_1)).contains(property);
  }
}
