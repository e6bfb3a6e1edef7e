package org.iskra.article;

import java.time.Instant;
import java.util.List;

/**
 * What the editor shows about translations: for a translation, its original beside the form and
 * what changed in the original since the translation was last brought up to date; for any article,
 * the other languages of its group and the languages it may still be translated into. Public only
 * because compiled templates live in another package.
 *
 * @param original the original shown beside the form, or null (not a translation, or one the
 *     account may not read)
 * @param translation whether the article is a translation linked to an original
 * @param newTranslation whether the form starts a translation not stored yet
 * @param outOfDate whether the original's text changed since the translation caught up
 * @param changes the original's changes since then, word by word (empty when up to date)
 * @param sourceVersion the original's version shown, which "brought up to date" refers to
 * @param syncedAt when the translation last caught up, or null
 * @param siblings the other articles of the translation group
 * @param offer languages the article may be translated into now
 * @param canTranslate whether the account may start a translation of this article
 */
public record TranslationPanel(
    Article original,
    boolean translation,
    boolean newTranslation,
    boolean outOfDate,
    List<FieldDiff> changes,
    int sourceVersion,
    Instant syncedAt,
    String syncedBy,
    List<Sibling> siblings,
    List<Language> offer,
    boolean canTranslate) {

  static final TranslationPanel NONE =
      new TranslationPanel(
          null, false, false, false, List.of(), 0, null, "", List.of(), List.of(), false);

  /** Another language of the group. */
  public record Sibling(
      long id,
      String language,
      String title,
      ArticleStatus status,
      boolean original,
      boolean outOfDate) {

    public String languageName() {
      return EditionLanguages.nameOf(language);
    }
  }

  /** A language to translate into. */
  public record Language(String tag, String name) {}

  /** Whether the original is shown beside the form. */
  public boolean sideBySide() {
    return original != null;
  }
}
