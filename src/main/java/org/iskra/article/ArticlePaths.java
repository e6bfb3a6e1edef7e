package org.iskra.article;

import org.iskra.section.Section;

/** Where an article lives on the public site: under its section, {@code /americas/its-slug}. */
final class ArticlePaths {

  private ArticlePaths() {}

  static String path(Section section, String slug) {
    return section.path() + "/" + slug;
  }
}
