package org.iskra.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.iskra.account.AccountRegistry;
import org.iskra.account.Role;
import org.iskra.section.Sections;
import org.iskra.testing.DeskClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Translations on the desk over real HTTP, on each store: "translate this article", the original
 * beside the translation, the out-of-date mark and its clearing, the per-language lists and the
 * roles.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"iskra.schedule.initial-delay=1h", "iskra.publication.editions=es,pt,fr"})
abstract class TranslationDeskIntegrationTests {

  static final String PASSWORD = "a long enough passphrase";

  @LocalServerPort int port;
  @Autowired AccountRegistry accounts;
  @Autowired Sections sections;
  @Autowired Articles articles;
  @Autowired ArticleRevisions revisions;
  @Autowired JdbcClient jdbc;

  long section;

  @BeforeEach
  void people() {
    for (Role role : Role.values()) {
      String email = role.code() + "@example.org";
      if (accounts.find(email).isEmpty()) {
        accounts.create(email, role.code(), role, PASSWORD);
      }
    }
    section = sections.findBySlug("americas").orElseThrow().id();
  }

  DeskClient as(String email) {
    return new DeskClient(port).signIn(email, PASSWORD);
  }

  Map<String, String> fields(String title, int version, String action) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("title", title);
    fields.put("standfirst", "The standfirst of " + title + ".");
    fields.put("body", "<p>The first paragraph of " + title + ".</p><p>A second paragraph.</p>");
    fields.put("section", Long.toString(section));
    fields.put("authors", "Ana Morales, Luis Pérez");
    fields.put("tags", "Harvest");
    fields.put("countries", "BR");
    fields.put("language", "en");
    fields.put("version", Integer.toString(version));
    fields.put("action", action);
    return fields;
  }

  long start(DeskClient desk, Map<String, String> fields) {
    HttpResponse<String> created = desk.submit("/desk/articles", fields);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
    return idIn(created);
  }

  static long idIn(HttpResponse<String> redirect) {
    return Long.parseLong(
        redirect
            .headers()
            .firstValue("Location")
            .orElseThrow()
            .replaceAll(".*/articles/(\\d+).*", "$1"));
  }

  Article stored(long id) {
    return articles.findById(id).orElseThrow();
  }

  /** The editor's form as the browser would send it, with some fields changed. */
  static Map<String, String> form(String page, Map<String, String> changes) {
    Document document = Jsoup.parse(page);
    FormElement form = (FormElement) document.selectFirst("#article-form");
    Map<String, String> fields = new LinkedHashMap<>();
    form.formData().forEach(pair -> fields.put(pair.key(), pair.value()));
    fields.remove("_csrf");
    fields.putAll(changes);
    return fields;
  }

  /** Opens "translate into" and saves the form with a translated title and body. */
  HttpResponse<String> translate(
      DeskClient desk, long original, String language, String title, String action) {
    HttpResponse<String> opened =
        desk.get("/desk/articles/" + original + "/translate?language=" + language);
    assertThat(opened.statusCode()).as(opened.body()).isEqualTo(200);
    return desk.submit(
        "/desk/articles",
        form(
            opened.body(),
            Map.of(
                "title",
                title,
                "body",
                "<p>" + title + ": texto traducido.</p>",
                "action",
                action)));
  }

  Document report(DeskClient desk, String language) {
    HttpResponse<String> page = desk.get("/desk/translations?language=" + language);
    assertThat(page.statusCode()).isEqualTo(200);
    return Jsoup.parse(page.body());
  }

  static List<Long> ids(Document report, String list) {
    return report.select("#" + list + " tr[data-id]").stream()
        .map(row -> Long.parseLong(row.attr("data-id")))
        .toList();
  }

  static boolean outOfDateInList(DeskClient desk, long id) {
    Document list = Jsoup.parse(desk.get("/desk/articles").body());
    return list.selectFirst("tr[data-id=" + id + "] .status--outdated") != null;
  }

  @Test
  void translatingOpensTheOriginalBesideAFormAndStoresALinkedDraftWithItsMetadata() {
    DeskClient editor = as("editor@example.org");
    long original = start(editor, fields("The harvest strike", 0, "publish"));

    Document panel = Jsoup.parse(editor.get("/desk/articles/" + original).body());
    assertThat(panel.select("#translate-language option").eachAttr("value"))
        .containsExactly("es", "pt", "fr");
    assertThat(panel.select("#translate-language option").eachText())
        .containsExactly("Español", "Português", "Français");

    HttpResponse<String> opened =
        editor.get("/desk/articles/" + original + "/translate?language=es");
    assertThat(opened.statusCode()).isEqualTo(200);
    Document page = Jsoup.parse(opened.body());
    assertThat(page.selectFirst("#original-title").text()).isEqualTo("The harvest strike");
    assertThat(page.selectFirst("#original .original__body").text())
        .contains("The first paragraph of The harvest strike.");
    assertThat(page.selectFirst("#title").attr("value")).isEmpty();
    assertThat(page.selectFirst("#body").text()).contains("The first paragraph");
    assertThat(page.selectFirst("#language").attr("value")).isEqualTo("es");
    assertThat(page.selectFirst("#authors").attr("value")).isEqualTo("Ana Morales, Luis Pérez");
    assertThat(page.selectFirst("input[name=translationOf]").attr("value"))
        .isEqualTo(Long.toString(original));
    assertThat(articles.count())
        .as("nothing is stored before the translator saves")
        .isEqualTo(jdbc.sql("SELECT COUNT(*) FROM articles").query(Long.class).single());

    HttpResponse<String> saved =
        translate(editor, original, "es", "La huelga de la cosecha", "save");
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
    Article translation = stored(idIn(saved));
    Article source = stored(original);
    assertThat(translation.status()).isEqualTo(ArticleStatus.DRAFT);
    assertThat(translation.language()).isEqualTo("es");
    assertThat(translation.slug()).isEqualTo("la-huelga-de-la-cosecha");
    assertThat(translation.translationGroup()).isEqualTo(source.translationGroup());
    assertThat(translation.sectionId()).isEqualTo(source.sectionId());
    assertThat(translation.authorIds()).isEqualTo(source.authorIds());
    assertThat(translation.tagIds()).isEqualTo(source.tagIds());
    assertThat(translation.countryCodes()).containsExactly("BR");
    assertThat(translation.publishedAt())
        .isEqualTo(source.publishedAt().truncatedTo(ChronoUnit.MINUTES));
    assertThat(translation.standfirst()).isEqualTo(source.standfirst());
    assertThat(revisions.list(translation.id()))
        .extracting(ArticleRevision::kind)
        .containsExactly(RevisionKind.CREATED);

    Document again = Jsoup.parse(editor.get("/desk/articles/" + original).body());
    assertThat(again.select("#translate-language option").eachAttr("value"))
        .containsExactly("pt", "fr");
    assertThat(again.selectFirst("#translations li[data-language=es] a").text())
        .isEqualTo("La huelga de la cosecha");
    Document beside = Jsoup.parse(editor.get("/desk/articles/" + translation.id()).body());
    assertThat(beside.selectFirst("#original-title").text()).isEqualTo("The harvest strike");
    assertThat(beside.selectFirst("#original-changes")).isNull();

    assertThat(editor.get("/desk/articles/" + original + "/translate?language=es").statusCode())
        .as("a language the group already has")
        .isEqualTo(422);
    long before = articles.count();
    Map<String, String> twice = fields("Otra huelga", 0, "save");
    twice.put("language", "es");
    twice.put("translationOf", Long.toString(original));
    twice.put("sourceVersion", Integer.toString(source.version()));
    HttpResponse<String> refused = editor.submit("/desk/articles", twice);
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(Jsoup.parse(refused.body()).selectFirst("[role=alert]").text())
        .contains("already in Español");
    assertThat(articles.count()).isEqualTo(before);

    // The editor's autosave stores a translation's first draft as linked as a save does.
    HttpResponse<String> pt = editor.get("/desk/articles/" + original + "/translate?language=pt");
    Map<String, String> typed = form(pt.body(), Map.of("title", "A greve da colheita"));
    typed.remove("action");
    HttpResponse<String> autosaved = editor.postJson("/desk/articles", typed);
    assertThat(autosaved.statusCode()).as(autosaved.body()).isEqualTo(201);
    long portuguese = Long.parseLong(autosaved.body().replaceAll(".*\"id\":(\\d+).*", "$1"));
    assertThat(stored(portuguese).language()).isEqualTo("pt");
    assertThat(stored(portuguese).translationGroup()).isEqualTo(source.translationGroup());
    assertThat(
            Jsoup.parse(editor.get("/desk/articles/" + portuguese).body())
                .selectFirst("#original-title")
                .text())
        .isEqualTo("The harvest strike");
  }

  @Test
  void editingTheOriginalMarksItsTranslationOutOfDateUntilTheTranslatorBringsItUpToDate() {
    DeskClient editor = as("editor@example.org");
    Map<String, String> first = fields("Water prices", 0, "publish");
    long original = start(editor, first);
    long translation = idIn(translate(editor, original, "pt", "Preços da água", "publish"));
    assertThat(stored(translation).status()).isEqualTo(ArticleStatus.PUBLISHED);
    assertThat(outOfDateInList(editor, translation)).isFalse();

    // Taking the original off and back on changes no text: nothing to translate.
    int v = stored(original).version();
    editor.submit("/desk/articles/" + original, fields("Water prices", v, "unpublish"));
    editor.submit("/desk/articles/" + original, fields("Water prices", v + 1, "publish"));
    assertThat(stored(original).version()).isEqualTo(v + 2);
    assertThat(outOfDateInList(editor, translation)).isFalse();

    Map<String, String> edited = fields("Water prices", v + 2, "save");
    edited.put(
        "body", "<p>The first paragraph of Water prices, corrected.</p><p>A second paragraph.</p>");
    assertThat(editor.submit("/desk/articles/" + original, edited).statusCode()).isEqualTo(302);

    assertThat(outOfDateInList(editor, translation)).isTrue();
    assertThat(outOfDateInList(editor, original)).as("only translations fall behind").isFalse();
    Document report = report(editor, "pt");
    assertThat(ids(report, "outdated")).contains(translation);
    assertThat(report.selectFirst("tr[data-language=pt] .outdated-count").text())
        .isEqualTo(Integer.toString(ids(report, "outdated").size()));

    HttpResponse<String> opened = editor.get("/desk/articles/" + translation);
    Document page = Jsoup.parse(opened.body());
    assertThat(page.selectFirst("#original-changes [data-field=Body] ins").text())
        .contains("corrected.");
    assertThat(page.selectFirst("#original-changes [data-field=Title]")).isNull();

    // A plain save (a typo fixed in the translation) keeps the mark.
    assertThat(
            editor
                .submit(
                    "/desk/articles/" + translation,
                    form(opened.body(), Map.of("title", "Preços da água!", "action", "save")))
                .statusCode())
        .isEqualTo(302);
    assertThat(outOfDateInList(editor, translation)).isTrue();

    HttpResponse<String> reopened = editor.get("/desk/articles/" + translation);
    assertThat(
            editor
                .submit(
                    "/desk/articles/" + translation,
                    form(reopened.body(), Map.of("upToDate", "1", "action", "save")))
                .statusCode())
        .isEqualTo(302);
    assertThat(outOfDateInList(editor, translation)).isFalse();
    assertThat(ids(report(editor, "pt"), "outdated")).doesNotContain(translation);
    assertThat(
            Jsoup.parse(editor.get("/desk/articles/" + translation).body())
                .selectFirst("#original-changes"))
        .isNull();
  }

  @Test
  void aChangeToTheOriginalWhileTheTranslatorWritesShowsAsOutOfDate() {
    DeskClient editor = as("editor@example.org");
    long original = start(editor, fields("Rail tender", 0, "publish"));
    HttpResponse<String> opened =
        editor.get("/desk/articles/" + original + "/translate?language=fr");
    Map<String, String> edited = fields("Rail tender reopened", stored(original).version(), "save");
    assertThat(editor.submit("/desk/articles/" + original, edited).statusCode()).isEqualTo(302);

    HttpResponse<String> saved =
        editor.submit(
            "/desk/articles",
            form(opened.body(), Map.of("title", "L'appel d'offres ferroviaire", "action", "save")));
    assertThat(saved.statusCode()).isEqualTo(302);
    long translation = idIn(saved);
    assertThat(outOfDateInList(editor, translation)).isTrue();
    assertThat(
            Jsoup.parse(editor.get("/desk/articles/" + translation).body())
                .selectFirst("#original-changes [data-field=Title] ins")
                .text())
        .contains("reopened");
  }

  @Test
  void theTranslationScreenListsPublishedOriginalsMissingEachLanguage() {
    DeskClient editor = as("editor@example.org");
    long untranslated = start(editor, fields("Fishing quotas", 0, "publish"));
    long translated = start(editor, fields("Port strike", 0, "publish"));
    long draft = start(editor, fields("Unfinished piece", 0, "save"));
    long spanishTranslation =
        idIn(translate(editor, translated, "es", "Huelga portuaria", "publish"));
    Map<String, String> spanish = fields("Crónica de Bogotá", 0, "publish");
    spanish.put("language", "es");
    long spanishOriginal = start(editor, spanish);

    Document es = report(editor, "es");
    assertThat(ids(es, "missing")).contains(untranslated).doesNotContain(translated, draft);
    assertThat(ids(es, "missing"))
        .as("a translation is not an original")
        .doesNotContain(spanishTranslation, spanishOriginal);
    assertThat(es.selectFirst("#missing tr[data-id=" + untranslated + "] a.button").attr("href"))
        .isEqualTo("/desk/articles/" + untranslated + "/translate?language=es");
    Document pt = report(editor, "pt");
    assertThat(ids(pt, "missing"))
        .contains(untranslated, translated, spanishOriginal)
        .doesNotContain(spanishTranslation, draft);
    Document en = report(editor, "en");
    assertThat(ids(en, "missing")).contains(spanishOriginal).doesNotContain(untranslated);

    for (String language : List.of("en", "es", "pt", "fr")) {
      Document page = report(editor, language);
      assertThat(page.selectFirst("tr[data-language=" + language + "] .missing-count").text())
          .as("the count agrees with the list in " + language)
          .isEqualTo(Integer.toString(ids(page, "missing").size()));
    }
  }

  @Test
  void contributorsTranslateIntoDraftsThatAnEditorPublishes() {
    DeskClient editor = as("editor@example.org");
    DeskClient contributor = as("contributor@example.org");
    long original = start(editor, fields("Drought in the north", 0, "publish"));
    long unpublished = start(editor, fields("An editor's draft", 0, "save"));

    long before = articles.count();
    assertThat(translate(contributor, original, "es", "Sequía en el norte", "publish").statusCode())
        .as("a contributor cannot publish a translation directly")
        .isEqualTo(403);
    assertThat(articles.count()).isEqualTo(before);
    assertThat(
            contributor
                .get("/desk/articles/" + unpublished + "/translate?language=es")
                .statusCode())
        .as("nor translate a draft they may not read")
        .isEqualTo(403);

    HttpResponse<String> saved =
        translate(contributor, original, "es", "Sequía en el norte", "save");
    assertThat(saved.statusCode()).isEqualTo(302);
    long translation = idIn(saved);
    assertThat(stored(translation).status()).isEqualTo(ArticleStatus.DRAFT);
    Document own = Jsoup.parse(contributor.get("/desk/articles/" + translation).body());
    assertThat(own.selectFirst("#original-title").text()).isEqualTo("Drought in the north");
    assertThat(own.select("button[value=publish]")).isEmpty();

    HttpResponse<String> byEditor = editor.get("/desk/articles/" + translation);
    assertThat(
            editor
                .submit(
                    "/desk/articles/" + translation,
                    form(byEditor.body(), Map.of("action", "publish")))
                .statusCode())
        .isEqualTo(302);
    assertThat(stored(translation).status()).isEqualTo(ArticleStatus.PUBLISHED);
  }
}
