package org.iskra.article;

import java.util.List;
import java.util.Locale;
import org.iskra.publication.Edition;
import org.iskra.publication.Editions;
import org.springframework.stereotype.Component;

/**
 * The languages the publication appears in, for the desk: the publication's language first, then
 * every other edition's ({@link Editions}, set by {@code iskra.publication.editions} or on the
 * desk's editions screen). The desk offers these to translate into and lists what each lacks.
 * Thread-safe.
 */
@Component
public class EditionLanguages {

  private final Editions editions;

  EditionLanguages(Editions editions) {
    this.editions = editions;
  }

  /** The publication's language, then the other editions', without repeats. */
  public List<String> list() {
    return editions.all().stream().map(Edition::language).distinct().toList();
  }

  /** A language's own name for itself, capitalised: {@code es} is "Español". */
  public static String nameOf(String tag) {
    Locale locale = Locale.forLanguageTag(tag);
    String name = locale.getDisplayName(locale);
    if (name.isEmpty()) {
      return tag;
    }
    return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
  }
}
