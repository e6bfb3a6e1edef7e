package org.iskra.syndication;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.iskra.outbound.AddressGuard;
import org.iskra.outbound.OutboundClient;
import org.iskra.outbound.RefusedAddress;
import org.iskra.publication.SiteSettings;
import org.springframework.stereotype.Component;

/**
 * Downloads a partner's feed, within limits: http(s) only, to public addresses ({@link
 * AddressGuard}, checked again on every redirect, which are followed by hand for that reason), a
 * connection timeout, one deadline for the whole download, and a maximum size past which nothing
 * more is read. Asks conditionally (If-None-Match, If-Modified-Since). Never asks for compressed
 * bodies, so the size limit is the size read. Thread-safe.
 */
@Component
class FeedFetcher {

  private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

  /** Enough of an error page to be worth reading, and no more. */
  private static final int ERROR_BODY_LIMIT = 4096;

  private final SubscriptionSettings settings;
  private final AddressGuard guard;
  private final OutboundClient outbound;
  private final String userAgent;

  FeedFetcher(SubscriptionSettings settings, SiteSettings site) {
    this.settings = settings;
    this.outbound = new OutboundClient(settings.connectTimeout());
    this.guard =
        new AddressGuard(settings.allowPrivateAddresses(), SubscriptionSettings.ALLOW_PRIVATE);
    this.userAgent = "Iskra-FeedPoller/1 (+" + site.absolute("/") + ")";
  }

  /** What a poll brought. */
  sealed interface Fetched {}

  /** The feed did not change since the validators were given (304). */
  record NotModified(String etag, String lastModified) implements Fetched {}

  /** The feed's document and its new validators (either may be null). */
  record Document(byte[] body, String etag, String lastModified) implements Fetched {}

  /** A download that failed; the message says why, for the desk. */
  static final class FetchFailed extends RuntimeException {
    FetchFailed(String message) {
      super(message);
    }
  }

  /**
   * Checks the address (it may have changed in DNS since it was stored).
   *
   * @throws RefusedAddress when it is not http(s) or reaches a private address
   */
  URI check(String url) {
    return guard.check(url);
  }

  /**
   * Fetches the feed, conditionally when validators are given.
   *
   * @throws FetchFailed for a refused address, a timeout, a network error, a status other than 200
   *     or 304, too many redirects, or a body over the limit
   */
  Fetched fetch(String url, String etag, String lastModified) {
    Instant deadline = Instant.now().plus(settings.timeout());
    URI uri;
    try {
      uri = guard.check(url);
    } catch (RefusedAddress e) {
      throw new FetchFailed(e.getMessage());
    }
    for (int hop = 0; ; hop++) {
      HttpResponse<byte[]> response = send(request(uri, etag, lastModified), deadline);
      int status = response.statusCode();
      if (REDIRECTS.contains(status)) {
        if (hop >= settings.maxRedirects()) {
          throw new FetchFailed("more than " + settings.maxRedirects() + " redirects");
        }
        String location =
            response
                .headers()
                .firstValue("Location")
                .orElseThrow(() -> new FetchFailed("a redirect (" + status + ") without Location"));
        URI next;
        try {
          next = guard.check(uri.resolve(location.strip()).toString());
        } catch (IllegalArgumentException e) {
          throw new FetchFailed("redirected to " + location + ": " + e.getMessage());
        }
        uri = next;
        continue;
      }
      String newEtag = response.headers().firstValue("ETag").orElse(null);
      String newModified = response.headers().firstValue("Last-Modified").orElse(null);
      if (status == 304) {
        return new NotModified(
            newEtag != null ? newEtag : etag, newModified != null ? newModified : lastModified);
      }
      if (status != 200) {
        throw new FetchFailed("the partner's server answered HTTP " + status);
      }
      return new Document(response.body(), newEtag, newModified);
    }
  }

  private HttpRequest request(URI uri, String etag, String lastModified) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(settings.timeout())
            .header("User-Agent", userAgent)
            .header(
                "Accept",
                "application/rss+xml, application/atom+xml, application/xml;q=0.9,"
                    + " text/xml;q=0.8, */*;q=0.1")
            .GET();
    if (etag != null && !etag.isEmpty()) {
      request.header("If-None-Match", etag);
    }
    if (lastModified != null && !lastModified.isEmpty()) {
      request.header("If-Modified-Since", lastModified);
    }
    return request.build();
  }

  private HttpResponse<byte[]> send(HttpRequest request, Instant deadline) {
    long max = settings.maxFeedSize().toBytes();
    HttpResponse.BodyHandler<byte[]> handler =
        info -> {
          if (info.statusCode() != 200) {
            return new LimitedBody(ERROR_BODY_LIMIT, false, false);
          }
          long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
          return new LimitedBody(max, true, declared > max);
        };
    long left = Duration.between(Instant.now(), deadline).toMillis();
    if (left <= 0) {
      throw new FetchFailed("no complete answer within " + seconds(settings.timeout()));
    }
    CompletableFuture<HttpResponse<byte[]>> answer = outbound.http().sendAsync(request, handler);
    try {
      return answer.get(left, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      answer.cancel(true);
      throw new FetchFailed("no complete answer within " + seconds(settings.timeout()));
    } catch (InterruptedException e) {
      answer.cancel(true);
      Thread.currentThread().interrupt();
      throw new FetchFailed("interrupted");
    } catch (ExecutionException e) {
      throw failure(e.getCause() == null ? e : e.getCause(), request.uri());
    }
  }

  private FetchFailed failure(Throwable cause, URI uri) {
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t instanceof TooLarge) {
        return new FetchFailed(
            "the feed is larger than "
                + settings.maxFeedSize().toKilobytes()
                + " KB; it was not read further");
      }
      if (t instanceof HttpConnectTimeoutException) {
        return new FetchFailed(
            "no connection to " + uri.getHost() + " within " + seconds(settings.connectTimeout()));
      }
      if (t instanceof ConnectException) {
        return new FetchFailed("connection to " + uri.getHost() + " refused");
      }
    }
    String message = cause.getMessage() == null ? "" : ": " + cause.getMessage();
    return new FetchFailed(
        (cause instanceof IOException ? "network error " : "error ")
            + cause.getClass().getSimpleName()
            + message);
  }

  private static String seconds(Duration duration) {
    return duration.toMillis() % 1000 == 0
        ? duration.toSeconds() + " s"
        : duration.toMillis() + " ms";
  }

  /** The body is over the limit. */
  private static final class TooLarge extends IOException {
    TooLarge() {
      super("body over the size limit");
    }
  }

  /**
   * Collects a body up to a limit; past it, cancels the download (closing the connection) and
   * fails, or keeps what it has when the rest does not matter (an error page).
   */
  private static final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {

    private final CompletableFuture<byte[]> body = new CompletableFuture<>();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final long max;
    private final boolean failWhenOver;
    private final boolean overAlready;
    private Flow.Subscription subscription;

    LimitedBody(long max, boolean failWhenOver, boolean overAlready) {
      this.max = max;
      this.failWhenOver = failWhenOver;
      this.overAlready = overAlready;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return body;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      this.subscription = subscription;
      if (overAlready) {
        // The declared length is over the limit: refuse before reading a byte.
        subscription.cancel();
        body.completeExceptionally(new TooLarge());
        return;
      }
      subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
      if (body.isDone()) {
        return;
      }
      for (ByteBuffer buffer : buffers) {
        int length = buffer.remaining();
        if (bytes.size() + (long) length > max) {
          subscription.cancel();
          if (failWhenOver) {
            body.completeExceptionally(new TooLarge());
          } else {
            body.complete(bytes.toByteArray());
          }
          return;
        }
        byte[] chunk = new byte[length];
        buffer.get(chunk);
        bytes.write(chunk, 0, length);
      }
    }

    @Override
    public void onError(Throwable error) {
      body.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
      body.complete(bytes.toByteArray());
    }
  }
}
