package org.iskra.media;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.FilterChain;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers an upload larger than the multipart limit before Spring Security sees it. The CSRF check
 * of the desk form reads a request parameter, and Tomcat fails every parameter read of a body over
 * the limit, so without this the user would get a bare error instead of a page (or JSON) that says
 * what happened. Runs just before Spring Security's filter chain (order -100).
 */
@Component
@ConditionalOnWebApplication // commands run without a web server, and so without multipart
@Order(-101)
class UploadSizeGuard extends OncePerRequestFilter {

  private final MultipartConfigElement multipart;
  private final TemplateEngine templates;
  private final MediaSettings settings;

  UploadSizeGuard(
      MultipartConfigElement multipart, TemplateEngine templates, MediaSettings settings) {
    this.multipart = multipart;
    this.templates = templates;
    this.settings = settings;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI();
    String type = request.getContentType();
    return !"POST".equals(request.getMethod())
        || !(path.equals("/desk/media") || path.equals(MediaUploadLimit.EDITOR_UPLOADS))
        || type == null
        || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long limit = multipart.getMaxRequestSize();
    if (limit <= 0 || request.getContentLengthLong() <= limit) {
      chain.doFilter(request, response);
      return;
    }
    String message = MediaUploadLimit.message(settings);
    response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    if (request.getRequestURI().equals(MediaUploadLimit.EDITOR_UPLOADS)) {
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      response.getWriter().write("{\"error\":\"" + message + "\"}");
    } else {
      StringOutput page = new StringOutput();
      templates.render("media/too-large.jte", Map.of("message", message), page);
      response.setContentType(MediaType.TEXT_HTML_VALUE);
      response.getWriter().write(page.toString());
    }
  }
}
