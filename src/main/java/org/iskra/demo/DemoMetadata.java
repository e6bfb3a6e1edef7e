package org.iskra.demo;

import java.time.Instant;
import java.util.List;

/** The shape of {@code demo/demo-metadata.json}; fields this release does not use are ignored. */
record DemoMetadata(Publication publication, List<Section> sections, List<Entry> articles) {

  record Publication(String name, String language, String timezone) {}

  record Section(String slug, String name, String description) {}

  /**
   * @param teaser 1-based number of the seed paragraph that is this article's standfirst
   */
  record Entry(
      int teaser,
      String title,
      Instant published,
      String section,
      List<String> countries,
      List<String> tags,
      List<String> authors,
      Campaign campaign,
      Event event) {}

  /** An appeal the article carries; amounts are decimal strings in the currency. */
  record Campaign(String name, String target, String currency, String raised) {}

  /** An event the article announces; dates are local to the zone. */
  record Event(
      String name,
      java.time.LocalDate starts,
      java.time.LocalDate ends,
      String timezone,
      String venue,
      String organiser) {}

  /** The shape of {@code demo/demo-translations.json}: seed articles in other languages. */
  record Translations(List<Translation> translations) {}

  /**
   * A seed article in another language; it shares the original's date, section, countries, tags and
   * authors.
   *
   * @param teaser the number of the original, as in {@link Entry#teaser()}
   */
  record Translation(int teaser, String language, String title, String standfirst) {}

  /** The shape of {@code demo/demo-names.json}: sections and tags named per language edition. */
  record Names(List<SectionName> sections, List<TagName> tags) {}

  /** A tag's name in one language; its slug there is derived from the name. */
  record TagName(String tag, String language, String name) {}

  /** A section's name, slug and description in one language. */
  record SectionName(
      String section, String language, String name, String slug, String description) {}
}
