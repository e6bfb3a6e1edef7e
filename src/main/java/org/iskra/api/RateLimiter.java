package org.iskra.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Fixed-window request counting per key or token, in memory on each server (so a cluster of n
 * servers admits up to n times the limit). Thread-safe.
 */
@Component
class RateLimiter {

  /** The outcome of one request: whether it may go on and what the headers say. */
  record Decision(boolean allowed, int limit, int remaining, long resetSeconds) {}

  private final Cache<String, AtomicInteger> windows;
  private final Duration window;
  private final Clock clock;

  RateLimiter(ApiSettings settings, Clock clock) {
    this.window = settings.rateWindow();
    this.clock = clock;
    this.windows = Caffeine.newBuilder().expireAfterWrite(window.multipliedBy(2)).build();
  }

  Decision acquire(String subject, int limit) {
    long now = clock.millis();
    long length = window.toMillis();
    long start = now - Math.floorMod(now, length);
    int used = windows.get(subject + "@" + start, k -> new AtomicInteger()).incrementAndGet();
    long reset = Math.max(1, (start + length - now + 999) / 1000);
    return new Decision(used <= limit, limit, Math.max(0, limit - used), reset);
  }
}
