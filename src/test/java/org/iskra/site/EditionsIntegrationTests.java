package org.iskra.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.iskra.account.AccountRegistry;
import org.iskra.account.Role;
import org.iskra.article.Article;
import org.iskra.article.ArticlePublisher;
import org.iskra.article.ArticleStatus;
import org.iskra.article.Manuscript;
import org.iskra.section.Section;
import org.iskra.section.Sections;
import org.iskra.testing.DeskClient;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The demo publication's language editions over HTTP: English at the root, Spanish, Portuguese and
 * French under their prefixes (demo-translations.json), each with only its own articles, hreflang
 * between translations and between the editions' listings, the language switcher, translated
 * interface, feeds, search with each language's stemming, and a right-to-left article. Runs once
 * per store (see the subclasses).
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "iskra.site.base-url=https://news.example.org")
abstract class EditionsIntegrationTests {

  static final String BASE = "https://news.example.org";
  static final String TUPAC = "/americas/tupac-amaru-ii-and-the-great-andean-rebellion-of-1780";

  /** Articles the tests add are older than the demo's, so the demo keeps the top of listings. */
  static final Instant LONG_AGO = Instant.parse("2011-05-01T10:00:00Z");

  static final Map<String, List<String>> TRANSLATED_TITLES =
      Map.of(
          "es",
          List.of(
              "El referéndum sobre el Esequibo en Venezuela: por una posición internacionalista",
              "Argentina: Milei gana la segunda vuelta",
              "Túpac Amaru II y la gran rebelión andina de 1780"),
          "pt",
          List.of(
              "Congresso da seção brasileira: a Esquerda Marxista torna-se Organização Comunista"
                  + " Internacionalista",
              "Brasil: ato conjunto contra as guerras imperialistas na Ucrânia e na Palestina"),
          "fr",
          List.of("14e École d'hiver marxiste de Montréal : la vie et les idées de Lénine"));

  @LocalServerPort int port;
  @Autowired ArticlePublisher publisher;
  @Autowired Sections sections;
  @Autowired AccountRegistry accounts;

  static final String PASSWORD = "a long enough passphrase";

  SiteClient site() {
    return new SiteClient(port);
  }

  @Test
  void eachEditionFrontPageListsOnlyItsLanguage() {
    for (Map.Entry<String, List<String>> edition : TRANSLATED_TITLES.entrySet()) {
      SiteClient.Page front = site().get("/" + edition.getKey());
      assertThat(front.status()).as(edition.getKey()).isEqualTo(200);
      assertThat(front.html().selectFirst("html").attr("lang")).isEqualTo(edition.getKey());
      assertThat(front.html().selectFirst("html").attr("dir")).isEqualTo("ltr");
      // Other tests may add older articles in these languages: the demo's come first.
      assertThat(titles(front.html()))
          .as(edition.getKey())
          .startsWith(edition.getValue().toArray(String[]::new))
          .doesNotContain("Túpac Amaru II and the great Andean rebellion of 1780");
      assertThat(front.html().select("article.teaser .teaser__title a").eachAttr("href"))
          .allMatch(href -> href.startsWith("/" + edition.getKey() + "/"));
      assertThat(front.html().selectFirst("link[rel=canonical]").attr("href"))
          .isEqualTo(BASE + "/" + edition.getKey());
    }
    List<String> root = titles(site().get("/").html());
    assertThat(root)
        .hasSizeGreaterThanOrEqualTo(13)
        .contains("Túpac Amaru II and the great Andean rebellion of 1780");
    TRANSLATED_TITLES
        .values()
        .forEach(titles -> assertThat(root).doesNotContainAnyElementsOf(titles));

    assertThat(titles(site().get("/es/america").html()))
        .startsWith(TRANSLATED_TITLES.get("es").toArray(String[]::new));
    assertThat(titles(site().get("/pt/country/br").html()))
        .containsExactlyElementsOf(TRANSLATED_TITLES.get("pt"));
    assertThat(titles(site().get("/fr/archive/2023/11").html())).isEmpty();
    assertThat(site().get("/fr/archive/2023/11").status()).isEqualTo(404);
    // So the month names no French alternate, and leads French readers to their front page.
    Document november = site().get("/archive/2023/11").html();
    assertThat(hreflang(november)).containsKeys("en", "x-default").doesNotContainKey("fr");
    assertThat(switcher(november)).containsEntry("Français", "/fr");
  }

  @Test
  void translationsNameEachOtherReciprocallyWithAnXDefault() {
    // The demo's six translations; other tests may add untranslated articles in these languages.
    int pairs = 0;
    for (String language : TRANSLATED_TITLES.keySet()) {
      Document front = site().get("/" + language).html();
      List<String> paths = front.select("article.teaser .teaser__title a").eachAttr("href");
      for (String path : paths.subList(0, TRANSLATED_TITLES.get(language).size())) {
        Document translated = site().get(path).html();
        assertThat(translated.selectFirst("html").attr("lang")).isEqualTo(language);
        Map<String, String> alternates = hreflang(translated);
        assertThat(alternates).containsKeys("en", language, "x-default");
        assertThat(alternates.get(language)).isEqualTo(BASE + path);
        assertThat(alternates.get("x-default")).isEqualTo(alternates.get("en"));
        assertThat(translated.selectFirst("link[rel=canonical]").attr("href"))
            .isEqualTo(BASE + path);
        // Every page the alternates name names the same set back.
        for (String url : alternates.values()) {
          Document other = site().get(url.substring(BASE.length())).html();
          assertThat(hreflang(other)).as(url).isEqualTo(alternates);
        }
        pairs++;
      }
    }
    assertThat(pairs).isEqualTo(6);
    Document english = site().get("/americas/argentina-milei-wins-the-presidential-run-off").html();
    assertThat(english.select(".article__translations a").eachText()).containsExactly("Español");
    assertThat(english.selectFirst(".article__translations a").attr("lang")).isEqualTo("es");
  }

  @Test
  void listingsNameTheSameListingInEveryEdition() {
    for (String path : List.of("/americas", "/es/america", "/", "/fr", "/pt/tag/historia")) {
      Map<String, String> alternates = hreflang(site().get(path).html());
      assertThat(alternates).as(path).containsOnlyKeys("en", "es", "pt", "fr", "x-default");
    }
    // Sections have a name and an address per edition (demo-section-names.json).
    Map<String, String> section = hreflang(site().get("/es/america").html());
    assertThat(section)
        .containsEntry("en", BASE + "/americas")
        .containsEntry("es", BASE + "/es/america")
        .containsEntry("pt", BASE + "/pt/americas")
        .containsEntry("fr", BASE + "/fr/ameriques")
        .containsEntry("x-default", BASE + "/americas");
    SiteClient.Page ownSlug = site().get("/es/americas?page=1");
    assertThat(ownSlug.status()).isEqualTo(301);
    assertThat(ownSlug.header("Location")).isEqualTo("/es/america");
    // Topics too (demo-names.json).
    assertThat(hreflang(site().get("/tag/history").html()))
        .containsEntry("es", BASE + "/es/tag/historia")
        .containsEntry("pt", BASE + "/pt/tag/historia")
        .containsEntry("fr", BASE + "/fr/tag/histoire")
        .containsEntry("x-default", BASE + "/tag/history");
    SiteClient.Page ownTag = site().get("/fr/tag/history");
    assertThat(ownTag.status()).isEqualTo(301);
    assertThat(ownTag.header("Location")).isEqualTo("/fr/tag/histoire");
    Document spanishTupac =
        site().get(hreflang(site().get(TUPAC).html()).get("es").substring(BASE.length())).html();
    assertThat(spanishTupac.select(".tags a").eachText())
        .containsExactly("Historia", "Colonialismo", "Pueblos indígenas");
    assertThat(spanishTupac.select(".tags a").eachAttr("href")).contains("/es/tag/historia");
    assertThat(hreflang(site().get("/").html()))
        .containsEntry("en", BASE + "/")
        .containsEntry("fr", BASE + "/fr");
  }

  @Test
  void theSwitcherLeadsToTheSamePageOrToTheEditionsFront() {
    Document tupac = site().get(TUPAC).html();
    Map<String, String> switcher = switcher(tupac);
    String spanish = hreflang(tupac).get("es").substring(BASE.length());
    assertThat(switcher)
        .containsExactly(
            Map.entry("English", TUPAC),
            Map.entry("Español", spanish),
            Map.entry("Português", "/pt"),
            Map.entry("Français", "/fr"));
    assertThat(tupac.selectFirst(".editions a[aria-current]").text()).isEqualTo("English");
    assertThat(switcher(site().get(spanish).html())).containsEntry("English", TUPAC);

    Document section = site().get("/pt/americas").html();
    assertThat(switcher(section))
        .containsExactly(
            Map.entry("English", "/americas"),
            Map.entry("Español", "/es/america"),
            Map.entry("Português", "/pt/americas"),
            Map.entry("Français", "/fr/ameriques"));
    assertThat(section.selectFirst(".editions a[aria-current]").text()).isEqualTo("Português");

    // Events are one page for every language: the switcher leads to each edition's front.
    Document events = site().get("/events").html();
    assertThat(switcher(events))
        .containsExactly(
            Map.entry("English", "/"),
            Map.entry("Español", "/es"),
            Map.entry("Português", "/pt"),
            Map.entry("Français", "/fr"));
    assertThat(events.select("link[rel=alternate][hreflang]")).isEmpty();
  }

  @Test
  void theInterfaceSpeaksTheEditionsLanguage() {
    Document spanish = site().get("/es").html();
    assertThat(spanish.select("nav.sections a").eachText())
        .containsExactly("América", "Oriente Medio", "Países", "Archivo");
    assertThat(spanish.select("nav.sections a").eachAttr("href"))
        .containsExactly("/es/america", "/es/oriente-medio", "/es/countries", "/es/archive");
    assertThat(site().get("/es/america").html().selectFirst(".listing__intro").text())
        .startsWith("Noticias y análisis de América");
    assertThat(spanish.selectFirst(".teaser time").text()).isEqualTo("6 de diciembre de 2023");
    assertThat(spanish.selectFirst("form.masthead__search").attr("action")).isEqualTo("/es/search");
    assertThat(spanish.selectFirst("link[type=application/rss+xml]").attr("href"))
        .isEqualTo(BASE + "/es/feed.xml");

    Document archive = site().get("/pt/archive").html();
    assertThat(archive.selectFirst("h1").text()).isEqualTo("Arquivo");
    assertThat(archive.select(".archive__year a").eachText()).contains("novembro");

    Document french = site().get("/fr/country/ca").html();
    assertThat(french.selectFirst("h1").text()).isEqualTo("Canada");
    assertThat(french.selectFirst(".listing__kind").text()).isEqualTo("Amériques");
    assertThat(site().get("/es/country/br").html().selectFirst("h1").text()).isEqualTo("Brasil");
  }

  @Test
  void unknownPrefixesAndPagesAreNotFoundInTheirLanguage() {
    assertThat(site().get("/xx").status()).isEqualTo(404);
    assertThat(site().get("/xx/americas").status()).isEqualTo(404);
    assertThat(site().get("/en").status()).isEqualTo(404);
    assertThat(site().get("/es/desk").status()).isEqualTo(404);
    SiteClient.Page missing = site().get("/es/no-such-section");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.html().selectFirst("html").attr("lang")).isEqualTo("es");
    assertThat(missing.html().selectFirst("h1").text()).isEqualTo("Página no encontrada");
    SiteClient.Page english = site().get("/no-such-section");
    assertThat(english.html().selectFirst("h1").text()).isEqualTo("Page not found");
    SiteClient.Page slash = site().get("/es/");
    assertThat(slash.status()).isEqualTo(301);
    assertThat(slash.header("Location")).isEqualTo("/es");
    // An English slug is no Spanish page.
    assertThat(site().get("/es" + TUPAC).status()).isEqualTo(404);
    assertThatThrownBy(() -> sections.save("pt-br", "Brasil", "", 40))
        .hasMessageContaining("pt-br");
  }

  @Test
  void eachEditionHasItsOwnFeeds() throws Exception {
    SyndFeed spanish = feed("/es/feed.xml");
    assertThat(spanish.getLanguage()).isEqualTo("es");
    assertThat(spanish.getLink()).isEqualTo(BASE + "/es");
    assertThat(spanish.getEntries().stream().map(SyndEntry::getTitle).toList())
        .startsWith(TRANSLATED_TITLES.get("es").toArray(String[]::new))
        .allMatch(title -> !title.startsWith("Argentina:") || title.contains("gana"));
    assertThat(spanish.getEntries().getFirst().getLink()).startsWith(BASE + "/es/america/");

    SyndFeed portuguese = feed("/pt/atom.xml");
    assertThat(portuguese.getEntries().stream().map(SyndEntry::getTitle).toList())
        .startsWith(TRANSLATED_TITLES.get("pt").toArray(String[]::new));
    assertThat(feed("/fr/ameriques/feed.xml").getEntries()).hasSize(1);
    assertThat(site().get("/fr/americas/feed.xml").status()).isEqualTo(404);
    assertThat(feed("/es/tag/historia/feed.xml").getEntries().stream().map(SyndEntry::getTitle))
        .containsExactly("Túpac Amaru II y la gran rebelión andina de 1780");
    SyndFeed english = feed("/feed.xml");
    assertThat(english.getEntries().stream().map(SyndEntry::getTitle).toList())
        .doesNotContainAnyElementsOf(TRANSLATED_TITLES.get("es"));
    String json = site().get("/fr/feed.json").response().body();
    assertThat(json).contains("\"language\":\"fr\"").contains("École d'hiver");

    String pages = site().get("/sitemaps/pages.xml").response().body();
    assertThat(pages).contains(BASE + "/es/america<").contains(BASE + "/fr/archive<");
    String articles = site().get("/sitemaps/articles-1.xml").response().body();
    assertThat(articles).contains(BASE + "/es/america/tupac-amaru-ii-y-la-gran-rebelion");
  }

  @Test
  void aTranslationPublishedLaterIsNamedAtOnceOnTheOriginalsPageReadBefore() {
    long americas = sections.findBySlug("americas").orElseThrow().id();
    // Another section than the original's: the two pages share no listing.
    long middleEast = sections.findBySlug("middle-east").orElseThrow().id();
    Article original =
        publisher.create(
            manuscript(
                "en", "Bolivia: the miners' march", "The miners marched on La Paz.", americas),
            ArticleStatus.PUBLISHED,
            LONG_AGO);
    String path = "/americas/" + original.slug();
    // Read twice: answered from the page cache from now on, without alternates.
    assertThat(hreflang(site().get(path).html())).isEmpty();
    assertThat(hreflang(site().get(path).html())).isEmpty();

    Article translation =
        publisher.createTranslation(
            original.id(),
            manuscript(
                "es",
                "Bolivia: la marcha minera",
                "Los mineros marcharon sobre La Paz.",
                middleEast),
            ArticleStatus.PUBLISHED,
            LONG_AGO);

    assertThat(hreflang(site().get(path).html()))
        .containsEntry("es", BASE + "/es/oriente-medio/" + translation.slug())
        .containsEntry("en", BASE + path);

    publisher.revise(translation.id(), translation.manuscript(), ArticleStatus.UNPUBLISHED, null);
    assertThat(hreflang(site().get(path).html())).as("withdrawn, it is named no more").isEmpty();
  }

  @Test
  void anEditionSearchesItsLanguageWithItsStemming() {
    long americas = sections.findBySlug("americas").orElseThrow().id();
    publisher.create(
        manuscript(
            "es",
            "Chile: una elección sin sorpresas",
            "La elección del domingo confirmó lo que todos esperaban.",
            americas),
        ArticleStatus.PUBLISHED,
        LONG_AGO);
    publisher.create(
        manuscript(
            "pt",
            "Brasil: as greves dos professores",
            "Os professores entraram em greve em São Paulo.",
            americas),
        ArticleStatus.PUBLISHED,
        LONG_AGO);
    // Indexed in the background, after the commit.
    eventually(() -> !searchTitles("/es/search?q=sorpresas").isEmpty());
    eventually(() -> !searchTitles("/pt/search?q=professores").isEmpty());
    assertThat(searchTitles("/es/search?q=elecciones"))
        .contains("Chile: una elección sin sorpresas", "Argentina: Milei gana la segunda vuelta")
        .allMatch(title -> !title.startsWith("Argentina's"));
    assertThat(searchTitles("/pt/search?q=greves")).contains("Brasil: as greves dos professores");
    assertThat(searchTitles("/pt/search?q=greve")).contains("Brasil: as greves dos professores");
    // The default edition searches English only, unless the reader asks for every language.
    assertThat(searchTitles("/search?q=Milei")).allMatch(title -> !title.contains("gana"));
    Document spanish = site().get("/es/search?q=Milei").html();
    String all = spanish.selectFirst("a.search__all-languages").attr("href");
    assertThat(all).startsWith("/es/search?").contains("language=all");
    assertThat(searchTitles(all))
        .contains(
            "Argentina: Milei gana la segunda vuelta",
            "Argentina: Milei wins the presidential run-off");
  }

  @Test
  void aRightToLeftArticleIsDrawnRightToLeft() {
    long middleEast = sections.findBySlug("middle-east").orElseThrow().id();
    Article arabic =
        publisher.create(
            manuscript("ar", "غزة: العدوان والرد", "مقال تجريبي باللغة العربية.", middleEast),
            ArticleStatus.PUBLISHED,
            LONG_AGO);
    SiteClient.Page page = site().get("/middle-east/" + arabic.slug());
    assertThat(page.status()).isEqualTo(200);
    Element html = page.html().selectFirst("html");
    assertThat(html.attr("lang")).isEqualTo("ar");
    assertThat(html.attr("dir")).isEqualTo("rtl");
    assertThat(page.html().selectFirst(".article__title").text()).isEqualTo("غزة: العدوان والرد");
    assertThat(page.html().selectFirst("nav.sections").text()).contains("الأرشيف");
    // The English pages stay left to right.
    assertThat(site().get(TUPAC).html().selectFirst("html").attr("dir")).isEqualTo("ltr");
  }

  @Test
  void editorsNameSectionsAndTopicsPerEditionOnTheDesk() {
    for (Role role : List.of(Role.EDITOR, Role.AUTHOR)) {
      String email = role.code() + "@example.org";
      if (accounts.find(email).isEmpty()) {
        accounts.create(email, role.code(), role, PASSWORD);
      }
    }
    DeskClient editor = new DeskClient(port).signIn("editor@example.org", PASSWORD);
    DeskClient author = new DeskClient(port).signIn("author@example.org", PASSWORD);
    HttpResponse<String> screen = editor.get("/desk/editions");
    assertThat(screen.statusCode()).isEqualTo(200);
    assertThat(screen.body()).contains("Oriente Medio").contains("Moyen-Orient");

    Map<String, String> lenin =
        Map.of("tag", "lenin", "language", "es", "name", "Lenin", "slug", "");
    assertThat(author.submit("/desk/editions/tags", lenin).statusCode()).isEqualTo(403);
    assertThat(editor.submit("/desk/editions/tags", lenin).statusCode()).isEqualTo(302);
    assertThat(editor.get("/desk/editions").body()).contains("Saved: Lenin is Lenin (es).");
    assertThat(site().get("/es/tag/lenin").status()).isEqualTo(200);
    assertThat(
            editor
                .submit(
                    "/desk/editions/tags",
                    Map.of("tag", "lenin", "language", "xx", "name", "Lenin", "slug", ""))
                .statusCode())
        .isEqualTo(302);
    assertThat(editor.get("/desk/editions").body()).contains("is not one of the publication");

    long middleEast = sections.findBySlug("middle-east").orElseThrow().id();
    String path = "/desk/editions/sections/" + middleEast;
    assertThat(
            editor
                .submit(
                    path,
                    Map.of("language", "es", "name", "Otra", "slug", "america", "description", ""))
                .statusCode())
        .isEqualTo(302);
    assertThat(editor.get("/desk/editions").body()).contains("another section");
    assertThat(site().get("/es/america").html().selectFirst("h1").text()).isEqualTo("América");
    try {
      editor.submit(
          path,
          Map.of(
              "language",
              "fr",
              "name",
              "Proche-Orient",
              "slug",
              "proche-orient",
              "description",
              ""));
      SiteClient.Page renamed = site().get("/fr/proche-orient");
      assertThat(renamed.status()).isEqualTo(200);
      assertThat(renamed.html().selectFirst("h1").text()).isEqualTo("Proche-Orient");
      assertThat(hreflang(site().get("/middle-east").html()))
          .containsEntry("fr", BASE + "/fr/proche-orient");
    } finally {
      sections.name(
          middleEast,
          "fr",
          "Moyen-Orient",
          "moyen-orient",
          "Actualités et analyses du Moyen-Orient et de l’Afrique du Nord.");
    }
  }

  @Test
  void aNameGivenOnTheDeskIsOnEveryPageAtOnceEvenPagesReadBefore() {
    if (accounts.find("namer@example.org").isEmpty()) {
      accounts.create("namer@example.org", "Namer", Role.EDITOR, PASSWORD);
    }
    DeskClient editor = new DeskClient(port).signIn("namer@example.org", PASSWORD);
    long middleEast = sections.findBySlug("middle-east").orElseThrow().id();
    String path = "/desk/editions/sections/" + middleEast;
    Section french =
        sections.listAll("fr").stream().filter(s -> s.id() == middleEast).findFirst().get();
    // Read twice: the English page and the French front are answered from the page cache now.
    for (int i = 0; i < 2; i++) {
      assertThat(hreflang(site().get("/middle-east").html()))
          .containsEntry("fr", BASE + "/fr/" + french.slug());
      assertThat(site().get("/fr").html().select("nav.sections a").eachText())
          .contains(french.name());
    }
    try {
      assertThat(
              editor
                  .submit(
                      path,
                      Map.of(
                          "language", "fr", "name", "Levant", "slug", "levant", "description", ""))
                  .statusCode())
          .isEqualTo(302);

      assertThat(hreflang(site().get("/middle-east").html()))
          .containsEntry("fr", BASE + "/fr/levant");
      assertThat(site().get("/fr").html().select("nav.sections a").eachText())
          .contains("Levant")
          .doesNotContain(french.name());
      if (accounts.find("names-admin@example.org").isEmpty()) {
        accounts.create("names-admin@example.org", "Admin", Role.ADMIN, PASSWORD);
      }
      DeskClient admin = new DeskClient(port).signIn("names-admin@example.org", PASSWORD);
      assertThat(admin.get("/desk/audit?action=edition.named").body())
          .contains("namer@example.org")
          .contains("section middle-east: Levant (levant)");
    } finally {
      editor.submit(
          path,
          Map.of(
              "language",
              "fr",
              "name",
              french.name(),
              "slug",
              french.slug(),
              "description",
              french.description()));
    }
    assertThat(site().get("/fr").html().select("nav.sections a").eachText())
        .contains(french.name());
  }

  private Manuscript manuscript(String language, String title, String standfirst, long section) {
    return new Manuscript(
        language,
        title,
        "",
        standfirst,
        "<p>" + standfirst + "</p>",
        section,
        List.of(),
        List.of(),
        List.of(),
        null);
  }

  private List<String> searchTitles(String path) {
    return site()
        .get(path.replace(" ", "+"))
        .html()
        .select(".search-hit .teaser__title a")
        .eachText();
  }

  private SyndFeed feed(String path) throws Exception {
    SiteClient.Page page = site().get(path);
    assertThat(page.status()).as(path).isEqualTo(200);
    return new SyndFeedInput().build(new StringReader(page.response().body()));
  }

  private static List<String> titles(Document html) {
    return html.select("article.teaser .teaser__title a").eachText();
  }

  private static Map<String, String> hreflang(Document html) {
    Map<String, String> links = new LinkedHashMap<>();
    for (Element link : html.select("head link[rel=alternate][hreflang]")) {
      links.put(link.attr("hreflang"), link.attr("href"));
    }
    return links;
  }

  private static Map<String, String> switcher(Document html) {
    Map<String, String> links = new LinkedHashMap<>();
    for (Element link : html.select("nav.editions a")) {
      links.put(link.text(), link.attr("href"));
    }
    return links;
  }

  static void eventually(BooleanSupplier condition) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Not true within 10 seconds");
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
