package org.iskra.publication;

import java.net.URI;
import java.net.URISyntaxException;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where readers reach the site ({@code iskra.site.*}). Canonical links, feeds, sitemaps and the
 * metadata shared with search engines and social networks need absolute addresses, and a server
 * behind a proxy cannot tell its public address from the request alone.
 *
 * @param baseUrl scheme, host and optional port and path prefix, e.g. {@code
 *     https://news.example.org}; a trailing slash is ignored
 */
@ConfigurationProperties("iskra.site")
public record SiteSettings(@DefaultValue("http://localhost:8080") String baseUrl) {

  public SiteSettings {
    baseUrl = checked(baseUrl);
  }

  /** The absolute address of a site path ({@code /americas} → {@code https://…/americas}). */
  public String absolute(String path) {
    if (path == null || path.isEmpty() || path.equals("/")) {
      return baseUrl + "/";
    }
    return baseUrl + (path.startsWith("/") ? path : "/" + path);
  }

  private static String checked(String url) {
    String trimmed = url == null ? "" : url.strip().replaceAll("/+$", "");
    try {
      URI uri = new URI(trimmed);
      boolean web = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
      if (!web || uri.getHost() == null || uri.getQuery() != null || uri.getFragment() != null) {
        throw new IllegalArgumentException(
            "iskra.site.base-url must be an http(s) address without query, such as"
                + " https://news.example.org; got '"
                + url
                + "'");
      }
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("iskra.site.base-url is not an address: '" + url + "'", e);
    }
    return trimmed;
  }
}
