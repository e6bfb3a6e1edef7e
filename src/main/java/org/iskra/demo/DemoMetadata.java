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
      List<String> authors) {}
}
