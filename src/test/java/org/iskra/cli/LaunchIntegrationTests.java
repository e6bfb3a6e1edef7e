package org.iskra.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.iskra.IskraApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The README's first command, {@code ./iskra}, passes no argument at all: the launcher must serve
 * the demo site then, as with {@code serve} and as with settings only.
 */
class LaunchIntegrationTests {

  @Test
  void theWordServeIsOptionalAndSettingsFollowIt() {
    assertThat(IskraLauncher.serverSettings(new String[0])).isEmpty();
    assertThat(IskraLauncher.serverSettings(new String[] {"serve"})).isEmpty();
    assertThat(IskraLauncher.serverSettings(new String[] {"serve", "--server.port=9000"}))
        .containsExactly("--server.port=9000");
    assertThat(IskraLauncher.serverSettings(new String[] {"--server.port=9000"}))
        .containsExactly("--server.port=9000");
    assertThat(IskraLauncher.tail(new String[0])).isEmpty();
    assertThat(IskraLauncher.tail(new String[] {"import-text", "a.txt"})).containsExactly("a.txt");
  }

  @Test
  void withNoArgumentsItServesTheDemoSite(@TempDir Path data) throws Exception {
    // What ./iskra passes: nothing. The port and the data folder come from system properties here,
    // so that the test neither takes port 8080 nor writes ./data.
    Map<String, String> properties =
        Map.of(
            "server.port", "0",
            "server.address", "127.0.0.1",
            "iskra.data-dir", data.toString(),
            "iskra.schedule.initial-delay", "1h");
    properties.forEach(System::setProperty);
    try (ConfigurableApplicationContext site =
        IskraLauncher.launch(IskraApplication.class, new String[0])) {
      int port = ((WebServerApplicationContext) site).getWebServer().getPort();
      HttpResponse<String> front =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(front.statusCode()).isEqualTo(200);
      assertThat(front.body()).contains("<article");
    } finally {
      properties.keySet().forEach(System::clearProperty);
    }
  }
}
