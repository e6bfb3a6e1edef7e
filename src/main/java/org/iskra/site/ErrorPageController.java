package org.iskra.site;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.iskra.publication.Edition;
import org.iskra.publication.Editions;
import org.iskra.publication.PageFrame;
import org.iskra.publication.PageFrames;
import org.iskra.publication.Publication;
import org.iskra.publication.PublicationDefaults;
import org.iskra.publication.ReaderLanguages;
import org.iskra.publication.SiteSettings;
import org.iskra.publication.Words;
import org.iskra.store.DatabaseOutage;
import org.iskra.store.DiskFull;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/** Every error as a page of the site, with its status, navigation and a way back. */
@Controller
class ErrorPageController implements ErrorController {

  private static final Logger log = LoggerFactory.getLogger(ErrorPageController.class);

  private final PageFrames frames;
  private final PublicationDefaults defaults;
  private final SiteSettings site;
  private final Editions editions;
  private final ReaderLanguages languages;

  ErrorPageController(
      PageFrames frames,
      PublicationDefaults defaults,
      SiteSettings site,
      Editions editions,
      ReaderLanguages languages) {
    this.frames = frames;
    this.defaults = defaults;
    this.site = site;
    this.editions = editions;
    this.languages = languages;
  }

  @RequestMapping("/error")
  String error(HttpServletRequest request, HttpServletResponse response, Model model) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    HttpStatus status = HttpStatus.resolve(code instanceof Integer i ? i : 500);
    if (status == null || !status.isError()) {
      status = HttpStatus.INTERNAL_SERVER_ERROR;
    }
    boolean diskFull = DiskFull.isCause(failure(request));
    boolean outage = !diskFull && DatabaseOutage.causedBy(failure(request));
    if (diskFull) {
      // Not a fault of the page either, but it does not pass by itself: no Retry-After.
      status = HttpStatus.INSUFFICIENT_STORAGE;
      response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    }
    if (outage) {
      // Not a fault of the page: the database is away, and comes back on its own.
      status = HttpStatus.SERVICE_UNAVAILABLE;
      response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseOutage.retryAfterHeader());
      // A CDN must not keep answering "unavailable" once the database is back.
      response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    }
    response.setStatus(status.value());
    Edition edition = edition(request);
    Words words = languages.of(edition.language());
    ErrorPage page =
        diskFull
            ? ErrorPage.diskFull(words, isWrite(request))
            : outage && isWrite(request) ? ErrorPage.unsaved(words) : ErrorPage.of(status, words);
    model.addAttribute("frame", frame(page, edition));
    model.addAttribute("error", page);
    return "site/error";
  }

  private static Throwable failure(HttpServletRequest request) {
    return request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable t
        ? t
        : null;
  }

  /** A form sent to the desk: its page must say that nothing of it was kept. */
  private static boolean isWrite(HttpServletRequest request) {
    // The error dispatch presents itself as a GET (Servlet 6.1); the request underneath the
    // container's wrappers still has the method the browser sent.
    ServletRequest original = request;
    while (original instanceof ServletRequestWrapper wrapper) {
      original = wrapper.getRequest();
    }
    String method = original instanceof HttpServletRequest http ? http.getMethod() : "GET";
    return !"GET".equals(method) && !"HEAD".equals(method);
  }

  /**
   * The edition of the address that failed ({@code /es/…} is the Spanish edition's), whether or not
   * its prefix was taken off: an unknown page under {@code /es} is a Spanish 404.
   */
  private Edition edition(HttpServletRequest request) {
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String path = uri instanceof String s ? s.substring(request.getContextPath().length()) : "";
    try {
      return editions.ofPath(path);
    } catch (RuntimeException e) {
      return new Edition(defaults.language(), "");
    }
  }

  // The error may be the store itself failing: then the page is framed without navigation.
  private PageFrame frame(ErrorPage page, Edition edition) {
    try {
      return frames.frame(edition, page.title(), page.message(), "", "");
    } catch (RuntimeException e) {
      log.warn("Error page shown without navigation: {}", e.toString());
      Publication fallback =
          new Publication(
              defaults.name(), defaults.tagline(), defaults.language(), java.time.ZoneOffset.UTC);
      return new PageFrame(
          fallback,
          List.of(),
          page.title(),
          page.message(),
          "",
          "",
          site,
          List.of(),
          edition,
          edition.language(),
          languages.of(edition.language()),
          List.of(),
          List.of());
    }
  }
}
