package org.iskra.feed;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How feeds and sitemaps are written ({@code iskra.feed.*}).
 *
 * @param fullContent whether feed items carry the whole article ({@code true}) or its teaser only
 * @param length how many of the newest articles a feed holds, 1 to 100
 * @param sitemapPageSize articles per sitemap page, 1 to 50,000 (the protocol's limit)
 */
@ConfigurationProperties("iskra.feed")
public record FeedSettings(
    @DefaultValue("true") boolean fullContent,
    @DefaultValue("30") int length,
    @DefaultValue("50000") int sitemapPageSize) {

  public FeedSettings {
    if (length < 1 || length > 100) {
      throw new IllegalArgumentException("iskra.feed.length must be 1 to 100, not " + length);
    }
    if (sitemapPageSize < 1 || sitemapPageSize > 50_000) {
      throw new IllegalArgumentException(
          "iskra.feed.sitemap-page-size must be 1 to 50000, not " + sitemapPageSize);
    }
  }
}
