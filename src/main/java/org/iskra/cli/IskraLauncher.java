package org.iskra.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.aot.AotDetector;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.SpringProperties;

/**
 * Reads the first argument: no argument, an option or {@code serve} starts the server; a command
 * name runs that command without a web server (but {@code export-static}, which reads the site from
 * one on a loopback port) and exits with its code. Spring settings ({@code --server.port=9000})
 * work everywhere, as arguments or environment variables.
 */
public final class IskraLauncher {

  /** Commands the launcher knows before any bean exists, so that a typo fails fast. */
  static final Set<String> COMMANDS =
      Set.of(
          "import-text",
          "import-wxr",
          "import-ghost",
          "import-feed",
          "create-user",
          "reindex",
          "export",
          "restore",
          "export-wxr",
          "export-static");

  /** Commands that read the site as readers do, from a web server on a loopback port. */
  private static final Set<String> SERVING = Set.of("export-static");

  /** Every command's defaults: no demo content, a quiet log. */
  public static final Map<String, Object> COMMAND_DEFAULTS =
      Map.of(
          "iskra.demo.enabled",
          "false",
          "logging.level.root",
          "warn",
          "spring.main.log-startup-info",
          "false");

  private IskraLauncher() {}

  /**
   * The settings of a command that serves the site to read it: the user's, then these, last so that
   * they win. Never the public port a running server may hold, never the network. No page cache:
   * every page is read once, so storing it (gzipped at the highest level) only costs time and heap.
   * No observations of requests either: nobody reads this process's meters.
   */
  public static String[] servingSettings(String[] args) {
    String[] settings = Arrays.copyOf(args, args.length + 4);
    settings[args.length] = "--server.port=0";
    settings[args.length + 1] = "--server.address=127.0.0.1";
    settings[args.length + 2] = "--iskra.cache.enabled=false";
    settings[args.length + 3] = "--management.observations.enable.http.server.requests=false";
    return settings;
  }

  /**
   * Serves, prints the usage, or runs a command and exits with its code.
   *
   * @return the running site when serving (its web server keeps the process alive), else null
   */
  public static ConfigurableApplicationContext launch(Class<?> application, String[] args) {
    String first = args.length == 0 ? "serve" : args[0];
    if (first.equals("help") || first.equals("--help") || first.equals("-h")) {
      usage(System.out);
      return null;
    }
    if (first.equals("serve") || first.startsWith("-")) {
      return new SpringApplication(application).run(serverSettings(args));
    }
    if (!COMMANDS.contains(first)) {
      System.err.println("Unknown command '" + first + "'.");
      usage(System.err);
      System.exit(2);
    }
    System.exit(runCommand(application, first, tail(args), System.in, System.out, System.err));
    return null;
  }

  static int runCommand(
      Class<?> application,
      String name,
      String[] args,
      InputStream in,
      PrintStream out,
      PrintStream err) {
    // The context Spring AOT generated at build time is the server's (web server, schedulers),
    // which scripts/launch.sh asks for on every start. export-static, which serves the site on a
    // loopback port to read it, is made of the same beans and keeps it (about 2 s sooner at work;
    // the settings it adds only carry values, which startup.BuildTimeContextGuard checks). Other
    // commands, without a web server, build their own.
    if (!SERVING.contains(name)) {
      SpringProperties.setProperty(AotDetector.AOT_ENABLED, "false");
    }
    SpringApplication spring = new SpringApplication(application);
    spring.setWebApplicationType(
        SERVING.contains(name) ? WebApplicationType.SERVLET : WebApplicationType.NONE);
    spring.setDefaultProperties(COMMAND_DEFAULTS);
    List<String> commandArgs = new ArrayList<>();
    for (String arg : args) {
      // --a.b=c is a Spring setting; the command sees the rest.
      if (!(arg.startsWith("--")
          && arg.contains("=")
          && arg.substring(0, arg.indexOf('=')).contains("."))) {
        commandArgs.add(arg);
      }
    }
    String[] springArgs = SERVING.contains(name) ? servingSettings(args) : args;
    try (ConfigurableApplicationContext context = spring.run(springArgs)) {
      Command command =
          context.getBeansOfType(Command.class).values().stream()
              .filter(c -> c.name().equals(name))
              .findFirst()
              .orElseThrow();
      try {
        return command.run(commandArgs, in, out, err);
      } catch (UsageError e) {
        err.println(e.getMessage());
        err.println("Usage: iskra " + command.usage());
        return 2;
      }
    }
  }

  private static void usage(PrintStream out) {
    out.println(
        """
        Usage: iskra [serve] [--setting=value …]   start the site (the default)
               iskra import-text FILE --section SLUG [--status draft|published]
                                                    one article per paragraph of a UTF-8 text file
               iskra import-wxr FILE [--categories sections|tags] [--section SLUG]
                                [--attachments DIR]  a WordPress export (WXR): posts, categories,
                                                    tags, authors; old addresses redirect
               iskra import-ghost FILE [--section SLUG]
                                                    a Ghost JSON export
               iskra import-feed FILE [--section SLUG]
                                                    an RSS or Atom feed saved to a file
               iskra create-user --role admin|editor|author|contributor [--name NAME] EMAIL
                                                    a desk account; the password is asked for, or
                                                    read from the first line of standard input
               iskra reindex                        rebuild the search index from the store, while
                                                    searches go on (asks the server if it runs)
               iskra export FILE [--with-accounts]  the whole publication as one archive (zip):
                                                    data, media files; accounts only if asked
               iskra restore FILE                   an archive into a new, empty instance
               iskra export-wxr FILE                the articles as a WordPress export (WXR 1.2)
               iskra export-static DIR [--search-url URL] [--parallel N]
                                                    the public site as files for a static host;
                                                    re-runs rewrite only what changed
               iskra help                           this text

        Settings are Spring Boot properties, e.g. --server.port=9000 --iskra.data-dir=/var/lib/iskra""");
  }

  /**
   * The settings of {@code serve}: everything after the word, or everything when it is left out.
   */
  static String[] serverSettings(String[] args) {
    return args.length > 0 && args[0].equals("serve") ? tail(args) : args;
  }

  static String[] tail(String[] args) {
    return Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
  }
}
