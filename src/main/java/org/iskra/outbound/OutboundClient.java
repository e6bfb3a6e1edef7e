package org.iskra.outbound;

import java.net.http.HttpClient;
import java.time.Duration;

/**
 * The HTTP client for requests to addresses people type in: it follows no redirect (the caller
 * checks each address with {@link AddressGuard} first, a redirect would skip that) and is built at
 * its first request, not at start-up: building the first {@code HttpClient} loads the JDK's trust
 * store, about 0.1 s of a start that most starts never need. Thread-safe.
 */
public final class OutboundClient {

  private final Duration connectTimeout;
  private HttpClient http;

  /** A client that gives up connecting after {@code connectTimeout}. */
  public OutboundClient(Duration connectTimeout) {
    this.connectTimeout = connectTimeout;
  }

  /** The client, built the first time it is asked for. */
  public synchronized HttpClient http() {
    if (http == null) {
      http =
          HttpClient.newBuilder()
              .connectTimeout(connectTimeout)
              .followRedirects(HttpClient.Redirect.NEVER)
              .build();
    }
    return http;
  }
}
