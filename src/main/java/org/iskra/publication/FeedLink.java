package org.iskra.publication;

import java.util.List;

/**
 * A feed a page points to from its {@code <head>} ({@code <link rel="alternate">}), so that feed
 * readers find it. Every listing with feeds has the three kinds side by side under its own path:
 * {@code /americas} has {@code /americas/feed.xml}, {@code /americas/atom.xml} and {@code
 * /americas/feed.json}; the whole site's are at {@code /feed.xml} and so on. The file names have a
 * dot, which no slug has, so they never clash with an article's address.
 *
 * @param title what a feed reader shows when offering the feed
 * @param type the feed's media type, without parameters
 * @param path the feed's path on the site
 */
public record FeedLink(String title, String type, String path) {

  public static final String RSS_FILE = "feed.xml";
  public static final String ATOM_FILE = "atom.xml";
  public static final String JSON_FILE = "feed.json";

  public static final String RSS_TYPE = "application/rss+xml";
  public static final String ATOM_TYPE = "application/atom+xml";
  public static final String JSON_TYPE = "application/feed+json";

  /** The RSS, Atom and JSON feeds of the listing at {@code basePath}, titled in English. */
  public static List<FeedLink> of(String name, String basePath) {
    String prefix = basePath.endsWith("/") ? basePath : basePath + "/";
    return List.of(
        new FeedLink("RSS feed: " + name, RSS_TYPE, prefix + RSS_FILE),
        new FeedLink("Atom feed: " + name, ATOM_TYPE, prefix + ATOM_FILE),
        new FeedLink("JSON Feed: " + name, JSON_TYPE, prefix + JSON_FILE));
  }

  /**
   * The RSS, Atom and JSON feeds of the listing at {@code basePath} ({@code /} for the site, {@code
   * /es} for an edition), titled in the reader's language.
   */
  static List<FeedLink> of(Words words, String name, String basePath) {
    String prefix = basePath.endsWith("/") ? basePath : basePath + "/";
    return List.of(
        new FeedLink(words.t("feed.rss", name), RSS_TYPE, prefix + RSS_FILE),
        new FeedLink(words.t("feed.atom", name), ATOM_TYPE, prefix + ATOM_FILE),
        new FeedLink(words.t("feed.json", name), JSON_TYPE, prefix + JSON_FILE));
  }
}
