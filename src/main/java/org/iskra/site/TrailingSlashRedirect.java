package org.iskra.site;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /americas/} answers with a permanent redirect to {@code /americas}: every page has one
 * address, and readers who type the slash still arrive.
 */
@Component
class TrailingSlashRedirect extends OncePerRequestFilter {

  // Only plain site paths: never "//host" or "/\\host", which a browser would read as another site.
  private static final Pattern SAFE_PATH =
      Pattern.compile("/[A-Za-z0-9._~%-]+(/[A-Za-z0-9._~%-]+)*/+");

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI();
    boolean readOnly = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    if (readOnly && path.length() > 1 && path.endsWith("/") && SAFE_PATH.matcher(path).matches()) {
      String target = path.replaceAll("/+$", "");
      String query = request.getQueryString();
      response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
      response.setHeader("Location", query == null ? target : target + "?" + query);
      return;
    }
    chain.doFilter(request, response);
  }
}
