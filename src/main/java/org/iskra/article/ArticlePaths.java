package org.iskra.article;

import org.iskra.publication.Edition;
import org.iskra.section.Section;

/**
 * Where an article lives on the public site: under its section, in the edition of its language,
 * {@code /americas/its-slug} or {@code /es/americas/su-slug}.
 */
final class ArticlePaths {

  private ArticlePaths() {}

  static String path(Edition edition, Section section, String slug) {
    return edition.path(section.path() + "/" + slug);
  }
}
