package org.iskra.publication;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Serves an edition's pages under its prefix: {@code GET /es/americas} is answered by the same
 * controllers as {@code /americas}, with the request marked as the Spanish edition's ({@link
 * Editions#current()}). One filter instead of every mapping twice; it runs before the security
 * chain and Spring MVC, which both see the path without the prefix.
 *
 * <p>Left alone (and so 404s, or their own features' pages): paths ending in a slash, which {@code
 * site.TrailingSlashRedirect} sends to their address without it, and the site's own places that
 * have no edition (the desk, the APIs, media, assets, sitemaps, sign-in).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 50)
class EditionPrefixFilter extends OncePerRequestFilter {

  private static final Set<String> WITHOUT_EDITION =
      Set.of(
          "desk",
          "api",
          "assets",
          "media",
          "webjars",
          "login",
          "logout",
          "setup",
          "error",
          "sitemap.xml",
          "sitemaps",
          "robots.txt",
          "webhooks",
          "newsletter",
          "appeals",
          "events");

  private final Editions editions;

  /**
   * Whether a path at the root is one of the site's places that have no edition ({@code /events},
   * {@code /appeals}, the desk…): the same page for every language, never under a prefix.
   */
  static boolean isWithoutEdition(String path) {
    String rest = path.startsWith("/") ? path.substring(1) : path;
    String first = rest.split("[/?]", 2)[0];
    return !first.isEmpty() && WITHOUT_EDITION.contains(first);
  }

  EditionPrefixFilter(Editions editions) {
    this.editions = editions;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String context = request.getContextPath();
    String path = request.getRequestURI().substring(context.length());
    Optional<Edition> edition = editions.byPrefixOf(path);
    if (edition.isEmpty() || path.endsWith("/")) {
      chain.doFilter(request, response);
      return;
    }
    String rest = path.substring(edition.get().prefix().length());
    String first = rest.isEmpty() ? "" : rest.substring(1).split("/", 2)[0];
    if (WITHOUT_EDITION.contains(first)) {
      chain.doFilter(request, response);
      return;
    }
    editions.enter(request, edition.get());
    chain.doFilter(new WithoutPrefix(request, rest.isEmpty() ? "/" : rest), response);
  }

  /** The request as if it had come for the root path. */
  private static final class WithoutPrefix extends HttpServletRequestWrapper {

    private final String path;

    WithoutPrefix(HttpServletRequest request, String path) {
      super(request);
      this.path = path;
    }

    @Override
    public String getRequestURI() {
      return getContextPath() + path;
    }

    @Override
    public StringBuffer getRequestURL() {
      StringBuffer url = new StringBuffer();
      url.append(getScheme()).append("://").append(getServerName());
      int port = getServerPort();
      if (!("http".equals(getScheme()) && port == 80)
          && !("https".equals(getScheme()) && port == 443)) {
        url.append(':').append(port);
      }
      return url.append(getRequestURI());
    }

    @Override
    public String getServletPath() {
      return path;
    }

    @Override
    public String getPathInfo() {
      return null;
    }
  }
}
