package org.iskra.staticsite;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
    byte[] page = html.getBytes(StandardCharsets.UTF_8);
    byte[] copy = NO_ONE.pageInCopy(page, searchUrl, null, link -> {});
    return copy == page ? html : new String(copy, StandardCharsets.UTF_8);
  }

  /** The site's addresses an answer links to: links and images of a page, a sitemap's entries. */
  Set<String> linkedFrom(String address, String contentType, String body) {
    Set<String> found = new LinkedHashSet<>();
    if (contentType.startsWith("text/html")) {
      pageInCopy(body.getBytes(StandardCharsets.UTF_8), null, null, found::add);
    } else {
      eachLink(address, contentType, body, found::add);
    }
    return found;
  }

  /**
   * The addresses a sitemap or robots.txt links to, handed over one by one as found, repeats
   * included: the exporter keeps its own set of every address linked.
   */
  void eachLink(String address, String contentType, String body, Consumer<String> found) {
    if (address.startsWith("/sitemap") && contentType.contains("xml")) {
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

  /**
   * An HTML page as the static copy holds it ({@link #rewrite}), handing over the site's addresses
   * it links to, as found, repeats included: what {@code (?:href|src)="([^"]*)"} and then {@code
   * srcset="([^"]*)"} find, in that order. One pass over the page's UTF-8 bytes, from quote to
   * quote: regular expressions, and then searches of the page's text for each pattern, were a fifth
   * of drawing a page.
   *
   * @param handed link texts already handed over, which are left out and to which those handed over
   *     are added (null: none left out); for a caller whose handling of a link is the same every
   *     time, so that the navigation's and the footer's links, on every page, are looked at once
   *     per set instead of once per page
   * @return {@code page} itself when nothing changes
   */
  byte[] pageInCopy(byte[] page, String searchUrl, LinkTexts handed, Consumer<String> found) {
    int[] laterPages = null; // value start, "?page=" and closing quote of each link to rewrite
    int rewrites = 0;
    int[] srcsets = null; // value start and closing quote of each srcset
    int srcsetCount = 0;
    int linkEnd = -1; // the closing quote of the last href or src value
    int srcsetEnd = -1;
    for (int quote = indexOfQuote(page, 0); quote >= 0; quote = indexOfQuote(page, quote + 1)) {
      if (quote == 0 || page[quote - 1] != '=') {
        continue; // a closing quote, or one in text: every attribute looked for ends in '='
      }
      if (quote > linkEnd && (endsWith(page, quote, HREF) || endsWith(page, quote, SRC))) {
        int end = indexOfQuote(page, quote + 1);
        if (end < 0) {
          break;
        }
        String link =
            handed == null ? text(page, quote + 1, end) : handed.addIfNew(page, quote + 1, end);
        if (link != null) {
          add(found, link);
        }
        linkEnd = end;
      }
      if (quote > srcsetEnd && endsWith(page, quote, SRCSET)) {
        int end = indexOfQuote(page, quote + 1);
        if (end >= 0) {
          if (srcsets == null || srcsetCount + 2 > srcsets.length) {
            srcsets = srcsets == null ? new int[8] : Arrays.copyOf(srcsets, srcsets.length * 2);
          }
          srcsets[srcsetCount++] = quote + 1;
          srcsets[srcsetCount++] = end;
          srcsetEnd = end;
        }
      }
      if ((endsWith(page, quote, HREF) || endsWith(page, quote, ACTION))
          && endsInDigit(page, quote + 1)) {
        int mark = laterPageMark(page, quote + 1);
        if (mark >= 0) {
          if (laterPages == null || rewrites + 3 > laterPages.length) {
            laterPages =
                laterPages == null ? new int[12] : Arrays.copyOf(laterPages, laterPages.length * 2);
          }
          laterPages[rewrites++] = quote + 1;
          laterPages[rewrites++] = mark;
          laterPages[rewrites++] = indexOfQuote(page, mark);
        }
      }
    }
    for (int i = 0; i < srcsetCount; i += 2) {
      for (String candidate : text(page, srcsets[i], srcsets[i + 1]).split(",")) {
        String link = candidate.strip().split("\\s+")[0];
        if (handed == null || handed.addIfNew(link) != null) {
          add(found, link);
        }
      }
    }
    byte[] copy = rewrites == 0 ? page : withLaterPages(page, laterPages, rewrites);
    if (searchUrl == null) {
      return copy;
    }
    String form =
        SEARCH_FORM
            .matcher(new String(copy, StandardCharsets.UTF_8))
            .replaceAll(
                Matcher.quoteReplacement(
                    "action=\"" + searchUrl.replace("&", "&amp;").replace("\"", "&quot;") + "\""));
    return form.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Where {@code ?page=} stands in the value starting at {@code from} when the value is a link to a
   * later page (what {@code ([^"?#]*)\?page=([1-9][0-9]{0,6})"} finds there), else -1.
   */
  private static int laterPageMark(byte[] page, int from) {
    int mark = from;
    while (mark < page.length && page[mark] != '"' && page[mark] != '?' && page[mark] != '#') {
      mark++;
    }
    if (!startsWith(page, mark, PAGE_QUERY_MARK)) {
      return -1;
    }
    int digits = mark + PAGE_QUERY_MARK.length;
    int end = digits;
    while (end < page.length && end - digits < 7 && isDigit(page[end])) {
      end++;
    }
    boolean number = end > digits && page[digits] != '0';
    return number && end < page.length && page[end] == '"' ? mark : -1;
  }

  /**
   * Whether the value starting at {@code from} ends in a digit, as a link to a later page does: a
   * quick look, as most links end otherwise.
   */
  private static boolean endsInDigit(byte[] page, int from) {
    int end = indexOfQuote(page, from);
    return end > from && isDigit(page[end - 1]);
  }

  /** The page with each {@code base?page=N} rewritten to {@code base/page/N/}. */
  private static byte[] withLaterPages(byte[] page, int[] laterPages, int count) {
    ByteArrayOutputStream copy = new ByteArrayOutputStream(page.length + 8 * count);
    int copied = 0;
    for (int i = 0; i < count; i += 3) {
      int start = laterPages[i];
      int mark = laterPages[i + 1];
      int end = laterPages[i + 2];
      copy.write(page, copied, mark - copied);
      if (mark == start || page[mark - 1] != '/') {
        copy.write('/');
      }
      copy.writeBytes(PAGE_DIRECTORY);
      int digits = mark + PAGE_QUERY_MARK.length;
      copy.write(page, digits, end - digits);
      copy.write('/');
      copied = end;
    }
    copy.write(page, copied, page.length - copied);
    return copy.toByteArray();
  }

  private static final byte[] HREF = ascii("href=");
  private static final byte[] SRC = ascii("src=");
  private static final byte[] SRCSET = ascii("srcset=");
  private static final byte[] ACTION = ascii("action=");
  private static final byte[] PAGE_QUERY_MARK = ascii("?page=");
  private static final byte[] PAGE_DIRECTORY = ascii("page/");

  /** For {@link #rewrite}, which hands no link over: any addresses will do. */
  private static final StaticAddresses NO_ONE = new StaticAddresses("", "");

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * The next '"' from {@code from}, eight bytes at a time: a page has one about every 30 bytes, and
   * looking at each byte was a third of the pass.
   */
  private static int indexOfQuote(byte[] page, int from) {
    int i = from;
    for (; i + Long.BYTES <= page.length; i += Long.BYTES) {
      // The bytes equal to '"' become 0; the lowest zero byte sets its top bit in found.
      long quotes = (long) LinkTexts.EIGHT_BYTES.get(page, i) ^ 0x2222222222222222L;
      long found = (quotes - 0x0101010101010101L) & ~quotes & 0x8080808080808080L;
      if (found != 0) {
        return i + (Long.numberOfTrailingZeros(found) >>> 3);
      }
    }
    for (; i < page.length; i++) {
      if (page[i] == '"') {
        return i;
      }
    }
    return -1;
  }

  /** Whether {@code page} has {@code word} just before {@code at}. */
  private static boolean endsWith(byte[] page, int at, byte[] word) {
    int from = at - word.length;
    return from >= 0 && Arrays.equals(page, from, at, word, 0, word.length);
  }

  private static boolean startsWith(byte[] page, int at, byte[] word) {
    return at + word.length <= page.length
        && Arrays.equals(page, at, at + word.length, word, 0, word.length);
  }

  private static String text(byte[] page, int start, int end) {
    return new String(page, start, end - start, StandardCharsets.UTF_8);
  }

  private static boolean isDigit(byte c) {
    return c >= '0' && c <= '9';
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
