package org.iskra.staticsite;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a site address becomes a file of the static copy, and which addresses a page links to.
 * Listings' later pages ({@code /americas?page=2}) cannot be files on a static host, which ignores
 * query strings: they become {@code americas/page/2/index.html} and the links to them in the
 * exported HTML are rewritten to {@code /americas/page/2/}.
 */
final class StaticAddresses {

  /** Readers' addresses only: never the desk, sign-in, APIs or dynamic search. */
  private static final List<String> NOT_PUBLIC =
      List.of("/desk", "/login", "/logout", "/setup", "/api/", "/webhooks/", "/webjars/");

  private static final Pattern SEARCH = Pattern.compile("(/[a-z]{2})?/search(/.*)?");
  private static final Pattern PAGE_QUERY = Pattern.compile("page=([1-9][0-9]{0,6})");
  // Only plain characters: a path that needs decoding or escaping is no file name to trust.
  private static final Pattern PLAIN_PATH = Pattern.compile("/[A-Za-z0-9._~/-]*");
  private static final Pattern SEARCH_FORM = Pattern.compile("action=\"[^\"]*/search\"");
  private static final Pattern LOC = Pattern.compile("<loc>([^<]+)</loc>");

  private final String baseUrl;
  private final String origin;

  StaticAddresses(String baseUrl, String origin) {
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    this.origin = origin;
  }

  /**
   * The file, relative to the export directory, that holds an address's answer; {@code null} for an
   * address a static host cannot serve (another query string, an odd character, {@code ..}).
   */
  static String file(String address, boolean html) {
    String path = address;
    String query = null;
    int mark = address.indexOf('?');
    if (mark >= 0) {
      path = address.substring(0, mark);
      query = address.substring(mark + 1);
    }
    if (!PLAIN_PATH.matcher(path).matches() || path.contains("/../") || path.endsWith("/..")) {
      return null;
    }
    String dir = path.equals("/") ? "" : strip(path.substring(1));
    if (query != null) {
      Matcher page = PAGE_QUERY.matcher(query);
      if (!html || !page.matches()) {
        return null;
      }
      return (dir.isEmpty() ? "" : dir + "/") + "page/" + page.group(1) + "/index.html";
    }
    if (html) {
      return dir.isEmpty() ? "index.html" : dir + "/index.html";
    }
    return dir.isEmpty() ? null : dir;
  }

  private static String strip(String path) {
    return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  /**
   * The page as the static copy holds it: links to later pages point at their files; the search
   * form, which a static host cannot answer, at {@code searchUrl} when one is given.
   */
  static String rewrite(String html, String searchUrl) {
    if (searchUrl == null && !html.contains("?page=")) {
      // Most pages (every article) have nothing to rewrite: no second pass over them.
      return html;
    }
    // Links to later pages, as the expression (href|action)="([^"?#]*)\?page=([1-9][0-9]{0,6})"
    // would find them, by plain searches for "?page=": the expression, tried at every character of
    // every listing page, was most of the exporter's own time.
    StringBuilder out = new StringBuilder(html.length() + 64);
    int copied = 0;
    for (int mark = html.indexOf("?page="); mark >= 0; mark = html.indexOf("?page=", mark + 1)) {
      int quote = html.lastIndexOf('"', mark);
      boolean attribute =
          html.startsWith("href=", quote - 5) || html.startsWith("action=", quote - 7);
      String base = html.substring(Math.max(quote + 1, 0), mark);
      if (quote < copied || !attribute || base.indexOf('?') >= 0 || base.indexOf('#') >= 0) {
        continue;
      }
      int digits = mark + "?page=".length();
      int end = digits;
      while (end < html.length() && end - digits < 7 && isDigit(html.charAt(end))) {
        end++;
      }
      if (end == digits
          || html.charAt(digits) == '0'
          || end == html.length()
          || html.charAt(end) != '"') {
        continue;
      }
      out.append(html, copied, quote + 1)
          .append(base.endsWith("/") ? base : base + "/")
          .append("page/")
          .append(html, digits, end)
          .append("/\"");
      copied = end + 1;
      mark = end;
    }
    out.append(html, copied, html.length());
    String rewritten = out.toString();
    if (searchUrl != null) {
      rewritten =
          SEARCH_FORM
              .matcher(rewritten)
              .replaceAll(
                  Matcher.quoteReplacement(
                      "action=\""
                          + searchUrl.replace("&", "&amp;").replace("\"", "&quot;")
                          + "\""));
    }
    return rewritten;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The site's addresses an answer links to: links and images of a page, a sitemap's entries. */
  Set<String> linkedFrom(String address, String contentType, String body) {
    Set<String> found = new LinkedHashSet<>();
    eachLink(address, contentType, body, found::add);
    return found;
  }

  /**
   * The same, handed over one by one as found, repeats included: the exporter keeps its own set of
   * every address linked, so a set per page would only be built to be thrown away.
   */
  void eachLink(String address, String contentType, String body, Consumer<String> found) {
    eachNewLink(address, contentType, body, null, found);
  }

  /**
   * The same, leaving out the links of a page whose text is in {@code handed} and adding to it the
   * text of those it hands over (null: none left out). For a caller whose handling of a link is the
   * same every time: the navigation's and the footer's links, on every page, are then looked at
   * once per set instead of once per page.
   */
  void eachNewLink(
      String address, String contentType, String body, LinkTexts handed, Consumer<String> found) {
    if (contentType.startsWith("text/html")) {
      // What (?:href|src)="([^"]*)" and then srcset="([^"]*)" find, by plain searches: regular
      // expressions tried at every character of every page were a twentieth of the export.
      int at = 0;
      int href = body.indexOf("href=\"");
      int src = body.indexOf("src=\"");
      while (href >= 0 || src >= 0) {
        int start = href >= 0 && (src < 0 || href < src) ? href + 6 : src + 5;
        int end = body.indexOf('"', start);
        if (end < 0) {
          break;
        }
        String link =
            handed == null ? body.substring(start, end) : handed.addIfNew(body, start, end);
        if (link != null) {
          add(found, link);
        }
        at = end + 1;
        href = href >= 0 && href < at ? body.indexOf("href=\"", at) : href;
        src = src >= 0 && src < at ? body.indexOf("src=\"", at) : src;
      }
      for (int start = body.indexOf("srcset=\""); start >= 0; ) {
        int end = body.indexOf('"', start + 8);
        if (end < 0) {
          break;
        }
        for (String candidate : body.substring(start + 8, end).split(",")) {
          String link = candidate.strip().split("\\s+")[0];
          if (handed == null || handed.addIfNew(link, 0, link.length()) != null) {
            add(found, link);
          }
        }
        start = body.indexOf("srcset=\"", end + 1);
      }
    } else if (address.startsWith("/sitemap")) {
      Matcher loc = LOC.matcher(body);
      while (loc.find()) {
        add(found, loc.group(1));
      }
    } else if (address.equals("/robots.txt")) {
      for (String line : body.split("\n")) {
        if (line.startsWith("Sitemap:")) {
          add(found, line.substring("Sitemap:".length()).strip());
        }
      }
    }
  }

  /** A site-relative address for a link, or {@code null} when it leaves the site. */
  String local(String link) {
    String address = link.indexOf('&') < 0 ? link : link.replace("&amp;", "&");
    if ((address.startsWith(baseUrl) && address.startsWith("/", baseUrl.length()))
        || address.equals(baseUrl)) {
      address = address.substring(baseUrl.length());
    } else if (address.startsWith(origin)) {
      address = address.substring(origin.length());
    } else if (!address.startsWith("/") || address.startsWith("//")) {
      return null;
    }
    int fragment = address.indexOf('#');
    if (fragment >= 0) {
      address = address.substring(0, fragment);
    }
    if (address.isEmpty()) {
      address = "/";
    }
    String path = address.contains("?") ? address.substring(0, address.indexOf('?')) : address;
    for (String excluded : NOT_PUBLIC) {
      if (path.startsWith(excluded)) {
        return null;
      }
    }
    if (path.contains("/search") && SEARCH.matcher(path).matches()) {
      return null;
    }
    return address;
  }

  private void add(Consumer<String> found, String link) {
    String address = local(link);
    if (address != null) {
      found.accept(address);
    }
  }
}
