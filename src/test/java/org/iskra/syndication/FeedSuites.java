package org.iskra.syndication;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Where Debian installs the feed test suites used beside our own fixtures: gofeed's (package {@code
 * golang-github-mmcdole-gofeed-dev}: RSS, Atom and JSON Feed edge cases, each with its expected
 * parse) and XML::RSS's examples ({@code libxml-rss-perl}: real feeds from 2000–2008). When a suite
 * is missing its tests are skipped, unless {@code ISKRA_REQUIRE_FEED_SUITES=1} (as {@code .ci/run}
 * sets after installing both), when they fail saying what to install.
 */
final class FeedSuites {

  static final Path GOFEED = Path.of("/usr/share/gocode/src/github.com/mmcdole/gofeed/testdata");
  static final Path XML_RSS = Path.of("/usr/share/doc/libxml-rss-perl/examples");

  private FeedSuites() {}

  /** gofeed's test data folder. */
  static Path gofeed() {
    return require(GOFEED, "golang-github-mmcdole-gofeed-dev");
  }

  /** XML::RSS's example feeds folder. */
  static Path xmlRss() {
    return require(XML_RSS, "libxml-rss-perl");
  }

  /** Every regular file under the folder whose name ends with one of the endings, sorted. */
  static List<Path> files(Path root, String... endings) {
    try (Stream<Path> all = Files.walk(root)) {
      return all.filter(Files::isRegularFile)
          .filter(path -> Stream.of(endings).anyMatch(path.toString()::endsWith))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path require(Path folder, String debianPackage) {
    if (Files.isDirectory(folder)) {
      return folder;
    }
    String message =
        folder
            + " is missing: install the Debian package ("
            + "apt-get install "
            + debianPackage
            + ") to run the feed suites";
    if ("1".equals(System.getenv("ISKRA_REQUIRE_FEED_SUITES"))) {
      fail(message + "; ISKRA_REQUIRE_FEED_SUITES=1 requires them");
    }
    Assumptions.assumeTrue(false, message);
    return folder;
  }
}
