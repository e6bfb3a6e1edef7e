package org.iskra.article;

import java.util.IllformedLocaleException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.iskra.publication.PublicationProfile;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The languages the publication appears in: its own language first, then the editions named by
 * {@code iskra.publication.editions} (BCP 47 tags separated by commas). The desk offers these to
 * translate into and lists what each lacks. Thread-safe.
 */
@Component
public class EditionLanguages {

  private final PublicationProfile publication;
  private final List<String> editions;

  EditionLanguages(
      PublicationProfile publication, @Value("${iskra.publication.editions:}") String editions) {
    this.publication = publication;
    Set<String> tags = new LinkedHashSet<>();
    for (String tag : editions.split(",")) {
      if (!tag.isBlank()) {
        tags.add(normalised(tag));
      }
    }
    this.editions = List.copyOf(tags);
  }

  /** The publication's language, then the other editions', without repeats. */
  public List<String> list() {
    Set<String> all = new LinkedHashSet<>();
    all.add(normalised(publication.current().language()));
    all.addAll(editions);
    return List.copyOf(all);
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

  private static String normalised(String tag) {
    try {
      return new Locale.Builder().setLanguageTag(tag.strip()).build().toLanguageTag();
    } catch (IllformedLocaleException e) {
      throw new IllegalArgumentException(
          "iskra.publication.editions: '" + tag.strip() + "' is not a BCP 47 language tag", e);
    }
  }
}
