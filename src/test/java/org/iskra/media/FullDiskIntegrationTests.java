package org.iskra.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.iskra.account.AccountRegistry;
import org.iskra.account.Role;
import org.iskra.store.TestDatabases;
import org.iskra.testing.DeskClient;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The disk fills up in the middle of an upload: the first size of the image is written, the next
 * one finds no space. The editor is told the image was not stored (507), and nothing of it is left:
 * no file in the media folder, no row in the library. The full disk is the real file store behind a
 * wrapper that fails as the operating system does once {@link #FULL} is set.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(FullDiskIntegrationTests.FullDisk.class)
abstract class FullDiskIntegrationTests {

  static final String PASSWORD = "a long enough passphrase";
  static final AtomicBoolean FULL = new AtomicBoolean();

  static void properties(DynamicPropertyRegistry registry, TestDatabases.Kind kind) {
    TestDatabases.emptyDatabaseProperties(kind).forEach((k, v) -> registry.add(k, () -> v));
    try {
      Path media = Files.createTempDirectory("iskra-media-");
      registry.add("iskra.media.directory", media::toString);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @TestConfiguration
  static class FullDisk {
    @Bean
    @Primary
    MediaStore fullDisk(FileSystemMediaStore disk) {
      AtomicInteger writes = new AtomicInteger();
      return new MediaStore() {
        @Override
        public void put(String key, byte[] bytes) {
          if (FULL.get() && writes.incrementAndGet() > 1) {
            // What FileSystemMediaStore throws when FileChannel.write meets ENOSPC.
            throw new UncheckedIOException(
                "Could not store " + key, new IOException("No space left on device"));
          }
          disk.put(key, bytes);
        }

        @Override
        public Optional<InputStream> open(String key) {
          return disk.open(key);
        }

        @Override
        public boolean exists(String key) {
          return disk.exists(key);
        }

        @Override
        public void delete(String key) {
          disk.delete(key);
        }
      };
    }
  }

  @LocalServerPort int port;
  @Autowired AccountRegistry accounts;
  @Autowired JdbcClient jdbc;

  @Value("${iskra.media.directory}")
  Path mediaDirectory;

  DeskClient editor;

  @BeforeEach
  void signIn() {
    if (accounts.find("editor@example.org").isEmpty()) {
      accounts.create("editor@example.org", "editor", Role.EDITOR, PASSWORD);
    }
    editor = new DeskClient(port).signIn("editor@example.org", PASSWORD);
  }

  @AfterEach
  void spaceFreed() {
    FULL.set(false);
  }

  @Test
  void anUploadThatMeetsAFullDiskLeavesNothingBehind() throws IOException {
    long rows = rows();
    FULL.set(true);

    HttpResponse<String> page = upload("/desk/media");
    assertThat(page.statusCode()).isEqualTo(507);
    assertThat(Jsoup.parse(page.body()).text())
        .contains("The disk is full: the image was not stored");
    assertThat(files()).as("no size of the image, no temporary file").isEmpty();
    assertThat(rows()).isEqualTo(rows);

    HttpResponse<String> json = upload(MediaUploadLimit.EDITOR_UPLOADS);
    assertThat(json.statusCode()).isEqualTo(507);
    assertThat(json.body()).contains("the image was not stored");
    assertThat(files()).isEmpty();
    assertThat(rows()).isEqualTo(rows);

    FULL.set(false);
    HttpResponse<String> stored = upload("/desk/media");
    assertThat(stored.statusCode()).as(stored.body()).isEqualTo(302);
    assertThat(rows()).isEqualTo(rows + 1);
    assertThat(files()).isNotEmpty();
  }

  private long rows() {
    return jdbc.sql("SELECT COUNT(*) FROM media").query(Long.class).single();
  }

  private java.util.List<Path> files() throws IOException {
    if (!Files.exists(mediaDirectory)) {
      return java.util.List.of();
    }
    try (Stream<Path> walk = Files.walk(mediaDirectory)) {
      return walk.filter(Files::isRegularFile).toList();
    }
  }

  private HttpResponse<String> upload(String path) {
    String boundary = "----iskra" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"wide.jpg\""
                + "\r\nContent-Type: image/jpeg\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(TestImages.jpeg(1600, 900));
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return editor.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .header("X-CSRF-TOKEN", editor.token())
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build());
  }
}
