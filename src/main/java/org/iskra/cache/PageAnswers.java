package org.iskra.cache;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.springframework.http.HttpHeaders;

/** Writes stored pages to readers: the encoding they accept, headers, and {@code 304}s. */
final class PageAnswers {

  private PageAnswers() {}

  static void write(
      HttpServletRequest request,
      HttpServletResponse response,
      CachedPage page,
      Coding coding,
      String outcome)
      throws IOException {
    response.setStatus(HttpServletResponse.SC_OK);
    org.apache.catalina.connector.Response tomcat =
        response instanceof org.apache.catalina.connector.Response r ? r : null;
    if (tomcat != null) {
      // In the valve: the same headers, handed to Tomcat as bytes (HitHeaders).
      page.wire().addTo(tomcat, coding, HitHeaders.outcome(outcome));
    } else {
      for (CachedPage.Header header : page.headers()) {
        response.addHeader(header.name(), header.value());
      }
      response.setHeader(HttpHeaders.ETAG, page.etag(coding));
      response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
      response.setHeader("Surrogate-Key", page.surrogateKey());
      response.setHeader("Cache-Tag", page.cacheTag());
      response.setHeader("X-Cache", outcome);
    }
    if (notModified(request, page)) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    byte[] body = page.body(coding);
    if (tomcat != null) {
      HitHeaders.addCoding(tomcat, coding);
    } else if (coding.token() != null) {
      response.setHeader(HttpHeaders.CONTENT_ENCODING, coding.token());
    }
    response.setContentLength(body.length);
    if (!"HEAD".equals(request.getMethod())) {
      response.getOutputStream().write(body);
    }
  }

  /** A page that is not stored: a weak ETag (Tomcat may still compress it) and its 304. */
  static void writeUncached(
      HttpServletRequest request, HttpServletResponse response, CapturedResponse captured)
      throws IOException {
    String cacheControl = response.getHeader(HttpHeaders.CACHE_CONTROL);
    boolean eligible =
        captured.getStatus() == HttpServletResponse.SC_OK
            && response.getHeader(HttpHeaders.ETAG) == null
            && (cacheControl == null || !cacheControl.contains("no-store"));
    if (eligible) {
      String etag = "W/\"" + CachedPage.hash(captured.getContentAsByteArray()) + "\"";
      response.setHeader(HttpHeaders.ETAG, etag);
      if (matchesWeakly(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
        response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
        return;
      }
    }
    captured.copyBodyToResponse();
  }

  static String cacheControl(CacheSettings settings) {
    long cdn = settings.cdnMaxAge().toSeconds();
    // Browsers ask again every time (a 304 costs nothing), so no reader keeps an old page; a CDN
    // may keep it as long as it is told, purged by surrogate key; anyone may show the last good
    // copy for a day while the site answers with errors.
    return "public, max-age=0" + (cdn > 0 ? ", s-maxage=" + cdn : "") + ", stale-if-error=86400";
  }

  /**
   * The reader's copy is current: its ETag matches, or, when it sends none, the page has a
   * Last-Modified (feeds do) no later than its If-Modified-Since.
   */
  static boolean notModified(HttpServletRequest request, CachedPage page) {
    String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
    if (ifNoneMatch != null) {
      return matches(ifNoneMatch, page);
    }
    String since = request.getHeader(HttpHeaders.IF_MODIFIED_SINCE);
    if (since == null) {
      return false;
    }
    for (CachedPage.Header header : page.headers()) {
      if (header.name().equalsIgnoreCase(HttpHeaders.LAST_MODIFIED)) {
        try {
          return !ZonedDateTime.parse(header.value(), DateTimeFormatter.RFC_1123_DATE_TIME)
              .isAfter(ZonedDateTime.parse(since, DateTimeFormatter.RFC_1123_DATE_TIME));
        } catch (DateTimeParseException e) {
          return false;
        }
      }
    }
    return false;
  }

  /** Any coding's ETag validates the stored page: the content is the same. */
  static boolean matches(String ifNoneMatch, CachedPage page) {
    for (Coding coding : Coding.values()) {
      if (matchesWeakly(ifNoneMatch, page.etag(coding))) {
        return true;
      }
    }
    return false;
  }

  static boolean matchesWeakly(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null) {
      return false;
    }
    String wanted = opaque(etag);
    for (String candidate : ifNoneMatch.split(",")) {
      String tag = candidate.strip();
      if (tag.equals("*") || opaque(tag).equals(wanted)) {
        return true;
      }
    }
    return false;
  }

  private static String opaque(String etag) {
    return etag.startsWith("W/") ? etag.substring(2) : etag;
  }
}
