package org.iskra.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.iskra.publication.SiteSettings;
import org.iskra.store.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@code iskra export} onto a disk that fills up part-way: the operator is told the disk is full
 * and that nothing was written, the partial archive is removed, and an earlier archive of the same
 * name is left as it was. The full disk is the archive's file failing as the operating system does
 * after a few kilobytes.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.NONE,
    properties = "iskra.schedule.initial-delay=1h")
class FullDiskExportIntegrationTests {

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry registry) {
    TestDatabases.emptyDatabaseProperties(TestDatabases.Kind.SQLITE)
        .forEach((k, v) -> registry.add(k, () -> v));
  }

  @Autowired DataSource dataSource;
  @Autowired ArchiveDialect dialect;
  @Autowired Flyway flyway;
  @Autowired SiteSettings site;

  @Value("${iskra.media.directory}")
  Path mediaDirectory;

  @TempDir Path backups;

  @Test
  void aFullDiskLeavesNoPartialArchiveAndTheOldOneAsItWas() throws IOException {
    Path target = backups.resolve("iskra.zip");
    Files.writeString(target, "yesterday's archive");
    ArchiveExporter onFullDisk =
        new ArchiveExporter(dataSource, dialect, flyway, site, mediaDirectory, Clock.systemUTC()) {
          @Override
          OutputStream open(Path partial) throws IOException {
            return new FilterOutputStream(Files.newOutputStream(partial)) {
              long written;

              @Override
              public void write(byte[] b, int off, int len) throws IOException {
                written += len;
                if (written > 4_096) {
                  throw new IOException("No space left on device");
                }
                out.write(b, off, len);
              }
            };
          }
        };

    assertThatThrownBy(() -> onFullDisk.export(target, false))
        .isInstanceOf(ArchiveRefused.class)
        .hasMessage(
            target
                + ": the disk is full; nothing was written. Free some space or export to another"
                + " disk.");

    try (Stream<Path> files = Files.list(backups)) {
      assertThat(files).containsExactly(target);
    }
    assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("yesterday's archive");
  }
}
