package org.iskra.staticsite;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
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
    Pattern pageLink = Pattern.compile("(href|action)=\"([^\"?#]*)\\?page=([1-9][0-9]{0,6})\"");
    for (String page :
        List.of(
            "<a href=\"/a?page=2\">2</a> <a href=\"/a/?page=9999999\">last</a>",
            "<form action=\"/b?page=5\"><a data-href=\"/c?page=7\">",
            "<a href=\"/a?page=0\"><a href=\"/a?page=12345678\"><a href=\"/a?page=2&amp;x=1\">",
            "<a href=\"/a?x=1?page=2\"><a href=\"/a#f?page=2\"><a title=\"/a?page=2\">",
            "?page=2\" <a href=\"?page=3\"> text ?page=4 <a href=\"/e?page=6",
            "<a href=\"/a?page=2\"?page=3\">")) {
      StringBuilder expected = new StringBuilder();
      Matcher link = pageLink.matcher(page);
      while (link.find()) {
        String base = link.group(2);
        String target = (base.endsWith("/") ? base : base + "/") + "page/" + link.group(3) + "/";
        link.appendReplacement(
            expected, Matcher.quoteReplacement(link.group(1) + "=\"" + target + "\""));
      }
      link.appendTail(expected);
      assertThat(StaticAddresses.rewrite(page, null)).as(page).isEqualTo(expected.toString());
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
      Set<String> expected = new LinkedHashSet<>();
      Matcher link = Pattern.compile("(?:href|src)=\"([^\"]*)\"").matcher(page);
      while (link.find()) {
        String local = addresses.local(link.group(1));
        if (local != null) {
          expected.add(local);
        }
      }
      Matcher srcset = Pattern.compile("srcset=\"([^\"]*)\"").matcher(page);
      while (srcset.find()) {
        for (String candidate : srcset.group(1).split(",")) {
          String local = addresses.local(candidate.strip().split("\\s+")[0]);
          if (local != null) {
            expected.add(local);
          }
        }
      }
      assertThat(addresses.linkedFrom("/", "text/html", page))
          .as(page)
          .containsExactlyElementsOf(expected);
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
    Pattern link = Pattern.compile("(?:href|src)=\"([^\"]*)\"");
    Pattern srcset = Pattern.compile("srcset=\"([^\"]*)\"");
    Pattern pageLink = Pattern.compile("(href|action)=\"([^\"?#]*)\\?page=([1-9][0-9]{0,6})\"");
    StaticAddresses addresses = new StaticAddresses("https://n.org", "http://127.0.0.1:1");
    java.util.Random random = new java.util.Random(27);
    for (int n = 0; n < 3_000; n++) {
      StringBuilder made = new StringBuilder();
      for (int i = random.nextInt(24); i > 0; i--) {
        made.append(pieces.get(random.nextInt(pieces.size())));
      }
      String page = made.toString();
      List<String> expected = new ArrayList<>();
      Matcher found = link.matcher(page);
      while (found.find()) {
        expected.add(found.group(1));
      }
      Matcher sets = srcset.matcher(page);
      while (sets.find()) {
        for (String candidate : sets.group(1).split(",")) {
          expected.add(candidate.strip().split("\\s+")[0]);
        }
      }
      StringBuilder rewritten = new StringBuilder();
      Matcher later = pageLink.matcher(page);
      while (later.find()) {
        String base = later.group(2);
        String target = (base.endsWith("/") ? base : base + "/") + "page/" + later.group(3) + "/";
        later.appendReplacement(
            rewritten, Matcher.quoteReplacement(later.group(1) + "=\"" + target + "\""));
      }
      later.appendTail(rewritten);
      List<String> handed = new ArrayList<>();

      byte[] copy = addresses.pageInCopy(utf8(page), null, null, handed::add);

      assertThat(handed)
          .as(page)
          .containsExactlyElementsOf(
              expected.stream().map(addresses::local).filter(Objects::nonNull).toList());
      assertThat(new String(copy, UTF_8)).as(page).isEqualTo(rewritten.toString());
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

  private static byte[] utf8(String text) {
    return text.getBytes(UTF_8);
  }
}
