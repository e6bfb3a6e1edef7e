package org.iskra.cache;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Fingerprinted assets ({@link AssetPaths}) never change at their address: browsers and CDNs may
 * keep them for a year without asking again. Plain addresses keep the configured period.
 */
@Component
class ImmutableAssets extends OncePerRequestFilter {

  static final String FOREVER = "public, max-age=31536000, immutable";

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !AssetPaths.FINGERPRINTED.matcher(request.getRequestURI()).matches();
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    response.setHeader(HttpHeaders.CACHE_CONTROL, FOREVER);
    chain.doFilter(request, new KeepCacheControl(response));
  }

  /** Keeps our Cache-Control when the resource handler sets its own period. */
  private static final class KeepCacheControl extends HttpServletResponseWrapper {

    KeepCacheControl(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void setHeader(String name, String value) {
      if (!HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name)) {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if (!HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name)) {
        super.addHeader(name, value);
      }
    }
  }
}
