package org.iskra.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.Filter;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.iskra.IskraApplication;
import org.iskra.store.TestDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * SIGTERM while a reader's request is being answered: the request finishes with its 200, and the
 * server takes no new connections from the moment shutdown starts. SIGTERM is what runs {@code
 * context.close()} (Spring Boot's shutdown hook), so the test calls it directly.
 */
class GracefulShutdownIntegrationTests {

  static final CountDownLatch ENTERED = new CountDownLatch(1);

  /**
   * A request that takes two seconds, added only to this application as a source of its own (no
   * annotation, so that no component scan of another test finds it).
   */
  static class SlowRequest {
    @Bean
    FilterRegistrationBean<Filter> slowRequest() {
      Filter slow =
          (request, response, chain) -> {
            ENTERED.countDown();
            try {
              Thread.sleep(2_000);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              return;
            }
            response.setContentType("text/plain");
            response.getOutputStream().write("answered in full".getBytes(StandardCharsets.UTF_8));
          };
      FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(slow);
      registration.addUrlPatterns("/slow-test-request");
      return registration;
    }
  }

  @Test
  void aRequestInFlightIsAnsweredAndNoNewOneIsTaken() throws Exception {
    Map<String, Object> properties =
        new HashMap<>(TestDatabases.emptyDatabaseProperties(TestDatabases.Kind.SQLITE));
    properties.put("server.port", "0");
    properties.put("iskra.schedule.initial-delay", "1h");
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(IskraApplication.class, SlowRequest.class)
            .run(
                properties.entrySet().stream()
                    .map(e -> "--" + e.getKey() + "=" + e.getValue())
                    .toArray(String[]::new));
    int port = ((WebServerApplicationContext) context).getWebServer().getPort();

    CompletableFuture<HttpResponse<String>> inFlight =
        HttpClient.newHttpClient()
            .sendAsync(
                HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/slow-test-request"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(ENTERED.await(20, TimeUnit.SECONDS)).isTrue();

    long start = System.nanoTime();
    CompletableFuture<Void> closing = CompletableFuture.runAsync(context::close);
    Thread.sleep(500);
    assertThat(closing).as("waits for the request in flight").isNotDone();
    assertThatThrownBy(() -> connect(port))
        .as("no new connection while the last requests finish")
        .isInstanceOf(ConnectException.class);

    HttpResponse<String> answered = inFlight.get(20, TimeUnit.SECONDS);
    assertThat(answered.statusCode()).isEqualTo(200);
    assertThat(answered.body()).isEqualTo("answered in full");
    closing.get(30, TimeUnit.SECONDS);
    assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start))
        .as("shut down soon after the request, not at the phase timeout")
        .isLessThan(15);
    assertThatThrownBy(() -> connect(port)).isInstanceOf(ConnectException.class);
  }

  private static void connect(int port) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
    }
  }
}
