package org.iskra.cache;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The page cache ({@code iskra.cache.*}).
 *
 * @param enabled whether public pages are kept at all (ETags and 304s are answered either way)
 * @param maxSize memory for stored pages (gzipped bodies and headers); the least used go first
 * @param maxAge after this a stored page is drawn again at its next request: the bound on staleness
 *     for writes this server is not told about (commands run beside it, other servers, time passing
 *     for the news sitemap). While drawing fails with a server error (the database down) the stored
 *     page keeps being served.
 * @param cdnMaxAge how long a shared cache (a CDN) may keep a page ({@code s-maxage}); zero for
 *     none. Only set it if the CDN is purged by surrogate key on publishing (see README).
 */
@ConfigurationProperties("iskra.cache")
record CacheSettings(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("64MB") DataSize maxSize,
    @DefaultValue("10m") Duration maxAge,
    @DefaultValue("0s") Duration cdnMaxAge) {

  CacheSettings {
    if (maxSize.toBytes() < 0 || maxSize.toBytes() > Integer.MAX_VALUE * 4L) {
      throw new IllegalArgumentException("iskra.cache.max-size must be 0 to 8GB, not " + maxSize);
    }
    if (maxAge.isNegative() || cdnMaxAge.isNegative()) {
      throw new IllegalArgumentException("iskra.cache durations cannot be negative");
    }
  }
}
