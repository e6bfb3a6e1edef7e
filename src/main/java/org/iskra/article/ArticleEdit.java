package org.iskra.article;

import java.util.List;

/**
 * What an editor submits from the desk: the manuscript with bylines and tags by name, as typed.
 * Names are turned into authors and tags inside the save's transaction, so a refused save creates
 * neither.
 *
 * @param featuredImage a media key, or empty
 * @param canonicalUrl the original's address when republished from elsewhere, empty for none, or
 *     null to keep the article's (for clients that do not know the field)
 * @param attribution who published the original, empty for none, or null to keep the article's
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
    String featuredImage,
    String canonicalUrl,
    String attribution) {

  public ArticleEdit {
    authorNames = List.copyOf(authorNames);
    tagNames = List.copyOf(tagNames);
    countryCodes = List.copyOf(countryCodes);
  }

  /** An edit that leaves the article's original (canonical address, attribution) as it is. */
  public ArticleEdit(
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
    this(
        language,
        title,
        slug,
        standfirst,
        body,
        sectionId,
        authorNames,
        tagNames,
        countryCodes,
        featuredImage,
        null,
        null);
  }
}
