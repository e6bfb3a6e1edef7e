package org.iskra.article;

import java.util.List;
import java.util.Map;
import org.iskra.publication.PublicationProfile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The desk's translation screen ({@code /desk/translations}): what each edition language lacks and
 * which translations fell behind their originals. A fixed number of queries whatever the number of
 * articles: one for every language's counts, two for the language shown.
 */
@Controller
class TranslationDeskController {

  /** Articles listed per list; the counts say how many there are in all. */
  static final int LIMIT = 200;

  private final Translations translations;
  private final EditionLanguages editions;
  private final PublicationProfile publication;

  TranslationDeskController(
      Translations translations, EditionLanguages editions, PublicationProfile publication) {
    this.translations = translations;
    this.editions = editions;
    this.publication = publication;
  }

  @GetMapping("/desk/translations")
  String report(@RequestParam(defaultValue = "") String language, Model model) {
    List<String> languages = editions.list();
    Map<String, Translations.Counts> counts = translations.countPerLanguage(languages);
    List<TranslationReport.Edition> rows =
        languages.stream()
            .map(
                tag -> {
                  Translations.Counts c = counts.get(tag);
                  return new TranslationReport.Edition(
                      tag, c == null ? 0 : c.missing(), c == null ? 0 : c.outOfDate());
                })
            .toList();
    String shown = languages.contains(language.strip()) ? language.strip() : firstToDo(rows);
    model.addAttribute(
        "report",
        new TranslationReport(
            rows,
            shown,
            items(translations.listMissing(shown, LIMIT)),
            items(translations.listOutOfDate(shown, LIMIT)),
            LIMIT));
    model.addAttribute("zone", publication.current().zone());
    return "article/desk/translations";
  }

  /** The first language with work to do, else the first edition other than the publication's. */
  private static String firstToDo(List<TranslationReport.Edition> rows) {
    return rows.stream()
        .filter(row -> row.missing() + row.outOfDate() > 0)
        .findFirst()
        .or(() -> rows.stream().skip(1).findFirst())
        .or(() -> rows.stream().findFirst())
        .map(TranslationReport.Edition::language)
        .orElse("");
  }

  private static List<TranslationReport.Item> items(List<Translations.Member> members) {
    return members.stream()
        .map(
            m ->
                new TranslationReport.Item(
                    m.id(),
                    m.language(),
                    m.title(),
                    m.status(),
                    m.publishedAt(),
                    m.updatedAt(),
                    m.originalId()))
        .toList();
  }
}
