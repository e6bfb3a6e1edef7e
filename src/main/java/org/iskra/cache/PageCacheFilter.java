package org.iskra.cache;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.iskra.publication.PageTags;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers public {@code GET}s and {@code HEAD}s from {@link PageCache}, and stores what it can.
 * Runs before Spring Security and everything that might read the store, so that stored pages are
 * served while the database is down.
 *
 * <p>What is stored: a {@code 200} to a {@code GET} of a public path with no query string or only
 * {@code ?page=N} (so random query strings cannot fill memory), for a request without a session or
 * credentials, whose page declared tags ({@link PageTags}), set no cookie and did not say {@code
 * private} or {@code no-store}. Everything else public still gets an ETag and {@code 304}s here (a
 * weak one, since Tomcat may compress it). Error pages are never stored: a 404 of a random address
 * costs a lookup, not memory.
 *
 * <p>Headers of a stored page: a strong ETag per content coding, {@code Vary: Accept-Encoding},
 * {@code Cache-Control} (the page's own, as feeds set, or {@code public, max-age=0} with {@code
 * s-maxage} when a CDN is configured), {@code Surrogate-Key} and {@code Cache-Tag} (its tags, for
 * purging a CDN), and {@code X-Cache: HIT}, {@code MISS} or {@code STALE} for whoever measures.
 */
@Component
class PageCacheFilter extends OncePerRequestFilter implements Ordered {

  private static final Logger log = LoggerFactory.getLogger(PageCacheFilter.class);

  /** Paths that are never public pages: the desk, sign-in, APIs, webhooks, files. */
  private static final List<String> PRIVATE_PREFIXES =
      List.of(
          "/desk",
          "/login",
          "/logout",
          "/setup",
          "/api/",
          "/webhooks/",
          "/newsletter",
          "/media/",
          "/assets/",
          "/webjars/",
          "/error");

  private static final Pattern PAGE_QUERY = Pattern.compile("page=[0-9]{1,6}");

  /** Headers the cache writes itself, or that belong to one answer only. */
  private static final Set<String> OWN_HEADERS =
      Set.of(
          "content-length",
          "content-encoding",
          "transfer-encoding",
          "date",
          "etag",
          "vary",
          "connection",
          "keep-alive",
          "x-cache",
          "surrogate-key",
          "cache-tag");

  /** Larger pages (a sitemap of 50,000 addresses) are served but not kept. */
  private static final int MAX_STORED_BODY = 16 * 1024 * 1024;

  /** Set on a request whose page was looked up once already, so it is counted once. */
  private static final String LOOKED_UP = PageCacheFilter.class.getName() + ".lookedUp";

  private final PageCache cache;
  private final CacheSettings settings;
  private final Clock clock;
  private final Timer hits;

  PageCacheFilter(PageCache cache, CacheSettings settings, Clock clock, MeterRegistry registry) {
    this.cache = cache;
    this.settings = settings;
    this.clock = clock;
    // Hits never reach Spring MVC, so http_server_requests does not see them: they are timed here.
    this.hits =
        Timer.builder("iskra.page.cache.answers")
            .description(
                "Requests answered from the page cache (drawn pages are in http_server_requests)")
            .register(registry);
  }

  @Override
  public int getOrder() {
    // Before publication.EditionPrefixFilter (HIGHEST_PRECEDENCE + 50), which hands later filters
    // the path without its edition prefix: the key must be the address as sent, or /es/america
    // and /america would share a stored page. Still before Spring Security, so that a stored page
    // is answered without touching the database.
    return Ordered.HIGHEST_PRECEDENCE + 40;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !isPublicRead(request);
  }

  private static boolean isPublicRead(HttpServletRequest request) {
    String method = request.getMethod();
    if (!"GET".equals(method) && !"HEAD".equals(method)) {
      return false;
    }
    String path = request.getRequestURI();
    for (String prefix : PRIVATE_PREFIXES) {
      if (path.startsWith(prefix)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Answers the request with its stored page if there is a fresh one; {@link PageCacheValve} calls
   * this before the request enters the application. Otherwise leaves the response alone, and notes
   * on the request that the lookup was made.
   *
   * @return whether the request was answered
   */
  boolean answerFromCache(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!isPublicRead(request)) {
      return false;
    }
    String key = storageKey(request);
    if (key == null) {
      return false;
    }
    long start = System.nanoTime();
    CachedPage stored = cache.find(key);
    request.setAttribute(LOOKED_UP, Boolean.TRUE);
    if (stored == null || isOld(stored)) {
      return false;
    }
    answer(request, response, key, stored, "HIT");
    hits.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
    return true;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String key = storageKey(request);
    CachedPage stored;
    if (key == null) {
      stored = null;
    } else if (request.getAttribute(LOOKED_UP) != null) {
      stored = cache.peek(key); // missed or old a moment ago; counted then
    } else if (answerFromCache(request, response)) {
      return;
    } else {
      stored = cache.peek(key);
    }
    if ("HEAD".equals(request.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    long generation = cache.generation();
    CapturedResponse captured = new CapturedResponse(response, stored != null);
    try {
      chain.doFilter(request, captured);
    } catch (IOException | ServletException | RuntimeException e) {
      if (stored != null && !response.isCommitted()) {
        log.warn("Serving a stored copy of {}: the page failed: {}", key, e.toString());
        response.reset();
        answer(request, response, key, stored, "STALE");
        return;
      }
      throw e;
    }
    int status = captured.getStatus();
    if (stored != null && status >= 500 && !response.isCommitted()) {
      log.warn("Serving a stored copy of {}: the page answered {}", key, status);
      response.reset();
      answer(request, response, key, stored, "STALE");
      return;
    }
    if (captured.forwardError()) {
      return;
    }
    Set<String> tags = declaredTags(request);
    if (key != null && status == 200 && isStorable(request, response, captured, tags)) {
      CachedPage page =
          CachedPage.of(
              captured.getContentAsByteArray(),
              headersOf(response, settings),
              tags,
              clock.instant());
      cache.store(key, page, generation);
      response.reset();
      answer(request, response, key, page, "MISS");
      return;
    }
    PageAnswers.writeUncached(request, response, captured);
  }

  private void answer(
      HttpServletRequest request,
      HttpServletResponse response,
      String key,
      CachedPage page,
      String outcome)
      throws IOException {
    Coding coding = Coding.preferred(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
    if (!page.has(coding)) {
      page = cache.keep(key, page, coding);
    }
    PageAnswers.write(request, response, page, coding, outcome);
  }

  private String storageKey(HttpServletRequest request) {
    return settings.enabled() && isAnonymous(request) ? key(request) : null;
  }

  private boolean isOld(CachedPage page) {
    Duration maxAge = settings.maxAge();
    return !maxAge.isZero() && page.storedAt().plus(maxAge).isBefore(clock.instant());
  }

  /** The address a page is stored under, or null when this request is not to be stored. */
  static String key(HttpServletRequest request) {
    String query = request.getQueryString();
    if (query == null || query.isEmpty()) {
      return request.getRequestURI();
    }
    return PAGE_QUERY.matcher(query).matches() ? request.getRequestURI() + "?" + query : null;
  }

  // Someone signed in to the desk, or a client with credentials, gets pages drawn for them.
  private static boolean isAnonymous(HttpServletRequest request) {
    return request.getRequestedSessionId() == null
        && request.getHeader(HttpHeaders.AUTHORIZATION) == null;
  }

  @SuppressWarnings("unchecked")
  private static Set<String> declaredTags(HttpServletRequest request) {
    Object tags = request.getAttribute(PageTags.ATTRIBUTE);
    return tags instanceof Set<?> set ? Set.copyOf((Set<String>) set) : Set.of();
  }

  private static boolean isStorable(
      HttpServletRequest request,
      HttpServletResponse response,
      CapturedResponse captured,
      Set<String> tags) {
    if (tags.isEmpty()
        || captured.getContentSize() > MAX_STORED_BODY
        || !response.getHeaders(HttpHeaders.SET_COOKIE).isEmpty()
        || request.getSession(false) != null
        || response.getContentType() == null) {
      return false;
    }
    String cacheControl = response.getHeader(HttpHeaders.CACHE_CONTROL);
    if (cacheControl != null) {
      String lower = cacheControl.toLowerCase(Locale.ROOT);
      if (lower.contains("private") || lower.contains("no-store") || lower.contains("no-cache")) {
        return false;
      }
    }
    return true;
  }

  /** The page's headers to store; those without a Cache-Control get the site's. */
  private static List<CachedPage.Header> headersOf(
      HttpServletResponse response, CacheSettings settings) {
    List<CachedPage.Header> headers = new ArrayList<>();
    for (String name : new LinkedHashSet<>(response.getHeaderNames())) {
      if (OWN_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
        continue;
      }
      for (String value : response.getHeaders(name)) {
        headers.add(new CachedPage.Header(name, value));
      }
    }
    if (response.getHeader(HttpHeaders.CONTENT_TYPE) == null && response.getContentType() != null) {
      headers.add(new CachedPage.Header(HttpHeaders.CONTENT_TYPE, response.getContentType()));
    }
    if (response.getHeader(HttpHeaders.CACHE_CONTROL) == null) {
      headers.add(
          new CachedPage.Header(HttpHeaders.CACHE_CONTROL, PageAnswers.cacheControl(settings)));
    }
    return headers;
  }
}
