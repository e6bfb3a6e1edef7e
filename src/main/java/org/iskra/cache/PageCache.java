package org.iskra.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.springframework.stereotype.Component;

/**
 * Stored pages by address, bounded in bytes, with an index from tag to addresses for purging.
 * Thread-safe.
 *
 * <p>A page drawn while a purge happens may show what the purge was for, from before the commit: it
 * is not stored. {@link #store} therefore takes the {@link #generation()} read before drawing
 * began, and stores nothing if any purge came since; purges and stores exclude each other, so none
 * slips between the check and the insert.
 */
@Component
class PageCache {

  private final Cache<String, CachedPage> pages;
  private final ConcurrentHashMap<String, Set<String>> keysByTag = new ConcurrentHashMap<>();
  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private volatile long generation;

  PageCache(CacheSettings settings) {
    this.pages =
        Caffeine.newBuilder()
            .maximumWeight(settings.maxSize().toBytes())
            .<String, CachedPage>weigher((key, page) -> key.length() * 2 + page.weight())
            // In the thread that removed the page, so the index is clean when a purge returns.
            .executor(Runnable::run)
            // Hits and misses, for a metrics binder (Micrometer's CaffeineCacheMetrics).
            .recordStats()
            .removalListener(
                (String key, CachedPage page, RemovalCause cause) -> unindex(key, page, cause))
            .build();
  }

  /** The page stored under the key, counted as a hit or a miss. */
  CachedPage find(String key) {
    return pages.getIfPresent(key);
  }

  /** The page stored under the key, without counting: for a request already counted once. */
  CachedPage peek(String key) {
    return pages.asMap().get(key);
  }

  /**
   * The page with its body in this coding too, kept from now on if the page is still the one stored
   * (a purge or a newer copy since wins). Only pages someone asked for in a coding pay its memory
   * and its compression.
   */
  CachedPage keep(String key, CachedPage page, Coding coding) {
    CachedPage more = page.keeping(coding);
    if (more != page) {
      lock.readLock().lock();
      try {
        pages.asMap().replace(key, page, more);
      } finally {
        lock.readLock().unlock();
      }
    }
    return more;
  }

  /** A number that changes with every purge. */
  long generation() {
    return generation;
  }

  /**
   * Stores the page unless a purge happened since {@code generationBefore}.
   *
   * @return whether it was stored
   */
  boolean store(String key, CachedPage page, long generationBefore) {
    lock.readLock().lock();
    try {
      if (generation != generationBefore) {
        return false;
      }
      pages.put(key, page);
      for (String tag : page.tags()) {
        keysByTag.compute(
            tag,
            (t, keys) -> {
              Set<String> set = keys == null ? ConcurrentHashMap.newKeySet() : keys;
              set.add(key);
              return set;
            });
      }
      return true;
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Drops every page that carries one of the tags. Returns when they are gone. */
  void purge(Collection<String> tags) {
    lock.writeLock().lock();
    try {
      generation++;
      for (String tag : tags) {
        Set<String> keys = keysByTag.remove(tag);
        if (keys != null) {
          pages.invalidateAll(keys);
        }
      }
    } finally {
      lock.writeLock().unlock();
    }
  }

  void purgeAll() {
    lock.writeLock().lock();
    try {
      generation++;
      pages.invalidateAll();
      keysByTag.clear();
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** Hits, misses and evictions since start. */
  CacheStats stats() {
    return pages.stats();
  }

  long size() {
    pages.cleanUp();
    return pages.estimatedSize();
  }

  // A replaced page's key stays indexed for the new one. Otherwise the key leaves a tag's set
  // only if no page is stored under it by then: a store racing with this removal either put its
  // page first (seen here) or indexes it after this (inside the same compute on the tag).
  private void unindex(String key, CachedPage page, RemovalCause cause) {
    if (key == null || page == null || cause == RemovalCause.REPLACED) {
      return;
    }
    for (String tag : page.tags()) {
      keysByTag.computeIfPresent(
          tag,
          (t, keys) -> {
            if (!pages.asMap().containsKey(key)) {
              keys.remove(key);
            }
            return keys.isEmpty() ? null : keys;
          });
    }
  }
}
