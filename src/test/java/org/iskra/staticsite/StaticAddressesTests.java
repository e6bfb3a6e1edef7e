package org.iskra.staticsite;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Addresses to files, later pages' links, and what the copy leaves alone. */
class StaticAddressesTests {

  @Test
  void mapsAddressesToFiles() {
    assertThat(StaticAddresses.file("/", true)).isEqualTo("index.html");
    assertThat(StaticAddresses.file("/es", true)).isEqualTo("es/index.html");
    assertThat(StaticAddresses.file("/americas?page=2", true))
        .isEqualTo("americas/page/2/index.html");
    assertThat(StaticAddresses.file("/?page=3", true)).isEqualTo("page/3/index.html");
    assertThat(StaticAddresses.file("/feed.xml", false)).isEqualTo("feed.xml");
    assertThat(StaticAddresses.file("/media/k1/960.jpg", false)).isEqualTo("media/k1/960.jpg");
    assertThat(StaticAddresses.file("/americas?q=x", true)).isNull();
    assertThat(StaticAddresses.file("/a/../../etc/passwd", false)).isNull();
    assertThat(StaticAddresses.file("/a%20b", true)).isNull();
  }

  @Test
  void rewritesLinksToLaterPagesAndTheSearchForm() {
    String html =
        "<a rel=\"next\" href=\"/americas?page=2\">Older</a><a href=\"/?page=3\">x</a>"
            + "<link rel=\"canonical\" href=\"https://n.org/es/america?page=2\">"
            + "<form action=\"/es/search\">";
    assertThat(StaticAddresses.rewrite(html, "https://live.n.org/search?a=1"))
        .isEqualTo(
            "<a rel=\"next\" href=\"/americas/page/2/\">Older</a><a href=\"/page/3/\">x</a>"
                + "<link rel=\"canonical\" href=\"https://n.org/es/america/page/2/\">"
                + "<form action=\"https://live.n.org/search?a=1\">");
    assertThat(StaticAddresses.rewrite("<form action=\"/search\">", null))
        .isEqualTo("<form action=\"/search\">");
  }

  @Test
  void rewritesTheLaterPageLinksTheRegularExpressionFound() {
    // The scan replaced (href|action)="([^"?#]*)\\?page=([1-9][0-9]{0,6})": same rewrites.
    for (String page :
        List.of(
            "<a href=\"/a?page=2\">2</a> <a href=\"/a/?page=9999999\">last</a>",
            "<form action=\"/b?page=5\"><a data-href=\"/c?page=7\">",
            "<a href=\"/a?page=0\"><a href=\"/a?page=12345678\"><a href=\"/a?page=2&amp;x=1\">",
            "<a href=\"/a?x=1?page=2\"><a href=\"/a#f?page=2\"><a title=\"/a?page=2\">",
            "?page=2\" <a href=\"?page=3\"> text ?page=4 <a href=\"/e?page=6",
            "<a href=\"/a?page=2\"?page=3\">")) {
      assertThat(StaticAddresses.rewrite(page, null))
          .as(page)
          .isEqualTo(rewrittenByExpression(page));
    }
  }

  @Test
  void findsTheLinksTheRegularExpressionsFound() {
    // The scan replaced (?:href|src)="([^"]*)" then srcset="([^"]*)": the same links, same order.
    StaticAddresses addresses = new StaticAddresses("https://n.org", "http://127.0.0.1:1");
    for (String page :
        List.of(
            "<a href=\"/a\"><img data-src=\"/b\" src=\"/c\"><a href=\"/d?page=2#x\">",
            "<img src=\"/e\" srcset=\"/f 1x, /g 2x\"><a href=\"/h\" title=\"src=\">"
                + "<link href=\"/i\"><a href=\"/j",
            "<p>href=\"/k\" src=\"/l\" src=\"\" href=\"href=\"/m\"</p>",
            "no links at all")) {
      assertThat(addresses.linkedFrom("/", "text/html", page))
          .as(page)
          .containsExactlyElementsOf(new LinkedHashSet<>(linksByExpressions(addresses, page)));
    }
  }

  @Test
  void agreesWithTheRegularExpressionsOnPagesMadeOfTheirPieces() {
    // Pieces that make or break links, in any order: quotes, names, later pages, characters of two
    // bytes, pages of any length (the scan reads eight bytes at a time).
    List<String> pieces =
        List.of(
            "href=\"",
            "src=\"",
            "srcset=\"",
            "action=\"",
            "\"",
            "?page=",
            "2",
            "0",
            "1234567",
            "/a",
            "/é",
            "#",
            "?",
            " ",
            "=",
            ", ",
            "/b 2x",
            "x",
            "data-",
            "https://n.org/c");
    StaticAddresses addresses = new StaticAddresses("https://n.org", "http://127.0.0.1:1");
    java.util.Random random = new java.util.Random(27);
    for (int n = 0; n < 3_000; n++) {
      StringBuilder made = new StringBuilder();
      for (int i = random.nextInt(24); i > 0; i--) {
        made.append(pieces.get(random.nextInt(pieces.size())));
      }
      String page = made.toString();
      List<String> handed = new ArrayList<>();

      byte[] copy = addresses.pageInCopy(utf8(page), null, null, handed::add);

      assertThat(handed).as(page).containsExactlyElementsOf(linksByExpressions(addresses, page));
      assertThat(new String(copy, UTF_8)).as(page).isEqualTo(rewrittenByExpression(page));
    }
  }

  @Test
  void followsOnlyTheSitesPublicAddresses() {
    StaticAddresses addresses = new StaticAddresses("https://n.org", "http://127.0.0.1:1");
    assertThat(
            addresses.linkedFrom(
                "/",
                "text/html",
                "<a href=\"https://n.org/americas#top\"></a><a href=\"https://other.org/x\"></a>"
                    + "<a href=\"/desk/articles\"></a><a href=\"/es/search?q=a\"></a>"
                    + "<img srcset=\"/media/k/480.jpg 480w, /media/k/960.jpg 960w\">"))
        .containsExactly("/americas", "/media/k/480.jpg", "/media/k/960.jpg");
  }

  @Test
  void handsOverALinkOncePerSetOfLinksHanded() {
    StaticAddresses addresses = new StaticAddresses("https://n.org", "http://127.0.0.1:1");
    String page =
        "<a href=\"/americas\"></a><a href=\"https://other.org/x\"></a><a href=\"/europe\"></a>"
            + "<img srcset=\"/media/k/480.jpg 480w, /media/k/960.jpg 960w\">";
    LinkTexts handed = new LinkTexts();
    List<String> first = new ArrayList<>();
    List<String> second = new ArrayList<>();

    addresses.pageInCopy(utf8(page), null, handed, first::add);
    addresses.pageInCopy(utf8(page + "<a href=\"/asia\"></a>"), null, handed, second::add);

    assertThat(first)
        .containsExactly("/americas", "/europe", "/media/k/480.jpg", "/media/k/960.jpg");
    assertThat(second).containsExactly("/asia");
    assertThat(handed.addIfNew("https://other.org/x")).isNull();
  }

  @Test
  void givesBackThePageItselfWhenNothingChanges() {
    StaticAddresses addresses = new StaticAddresses("https://n.org", "http://127.0.0.1:1");
    byte[] article = utf8("<a href=\"/americas\">Américas</a><p>?page=2</p>");
    byte[] listing = utf8("<a href=\"/americas?page=2\">Más</a>");

    assertThat(addresses.pageInCopy(article, null, null, link -> {})).isSameAs(article);
    assertThat(new String(addresses.pageInCopy(listing, null, null, link -> {}), UTF_8))
        .isEqualTo("<a href=\"/americas/page/2/\">Más</a>");
  }

  /** The site's addresses (?:href|src)="([^"]*)" and then srcset="([^"]*)" find, in order. */
  private static List<String> linksByExpressions(StaticAddresses addresses, String page) {
    List<String> texts = new ArrayList<>();
    Matcher link = Pattern.compile("(?:href|src)=\"([^\"]*)\"").matcher(page);
    while (link.find()) {
      texts.add(link.group(1));
    }
    Matcher srcset = Pattern.compile("srcset=\"([^\"]*)\"").matcher(page);
    while (srcset.find()) {
      for (String candidate : srcset.group(1).split(",")) {
        texts.add(candidate.strip().split("\\s+")[0]);
      }
    }
    return texts.stream().map(addresses::local).filter(Objects::nonNull).toList();
  }

  /** The page as (href|action)="([^"?#]*)\\?page=([1-9][0-9]{0,6})" rewrites later pages' links. */
  private static String rewrittenByExpression(String page) {
    StringBuilder rewritten = new StringBuilder();
    Matcher link =
        Pattern.compile("(href|action)=\"([^\"?#]*)\\?page=([1-9][0-9]{0,6})\"").matcher(page);
    while (link.find()) {
      String base = link.group(2);
      String target = (base.endsWith("/") ? base : base + "/") + "page/" + link.group(3) + "/";
      link.appendReplacement(
          rewritten, Matcher.quoteReplacement(link.group(1) + "=\"" + target + "\""));
    }
    link.appendTail(rewritten);
    return rewritten.toString();
  }

  private static byte[] utf8(String text) {
    return text.getBytes(UTF_8);
  }
}
