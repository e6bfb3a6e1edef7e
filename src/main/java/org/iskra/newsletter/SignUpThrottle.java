package org.iskra.newsletter;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Counts sign-ups per address and per client over a sliding hour (in memory, per server), so that
 * nobody can flood an inbox with confirmations or the store with addresses. Thread-safe.
 */
@Component
class SignUpThrottle {

  private final NewsletterSettings settings;
  private final Cache<String, AtomicInteger> byAddress = window();
  private final Cache<String, AtomicInteger> byClient = window();

  SignUpThrottle(NewsletterSettings settings) {
    this.settings = settings;
  }

  private static Cache<String, AtomicInteger> window() {
    return Caffeine.newBuilder().expireAfterWrite(Duration.ofHours(1)).maximumSize(100_000).build();
  }

  /** Counts a sign-up from this client; false once the client has had its share this hour. */
  boolean allowClient(String client) {
    return byClient.get(client, k -> new AtomicInteger()).incrementAndGet()
        <= settings.signUpsPerClient();
  }

  /** Counts a sign-up for this address; false once the address has had its share this hour. */
  boolean allowAddress(String address) {
    return byAddress.get(address, k -> new AtomicInteger()).incrementAndGet()
        <= settings.signUpsPerAddress();
  }
}
