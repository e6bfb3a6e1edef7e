package org.iskra.article;

import java.util.List;

/**
 * What an editor submits from the desk: the manuscript with bylines and tags by name, as typed.
 * Names are turned into authors and tags inside the save's transaction, so a refused save creates
 * neither.
 *
 * @param featuredImage a media key, or empty
 */
public record ArticleEdit(
    String language,
    String title,
    String slug,
    String standfirst,
    String body,
    long sectionId,
    List<String> authorNames,
    List<String> tagNames,
    List<String> countryCodes,
    String featuredImage) {

  public ArticleEdit {
    authorNames = List.copyOf(authorNames);
    tagNames = List.copyOf(tagNames);
    countryCodes = List.copyOf(countryCodes);
  }
}
