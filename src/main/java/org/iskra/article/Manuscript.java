package org.iskra.article;

import java.util.List;

/**
 * What an editor writes: the article's text and metadata, without its workflow state.
 *
 * @param language BCP 47 tag, e.g. {@code en} or {@code pt-BR}
 * @param slug the wanted slug, or empty to derive one from the title
 * @param standfirst plain text; may be empty, then the teaser comes from the body
 * @param body HTML, sanitised before it is stored
 * @param authorIds the byline, in order
 * @param countryCodes ISO 3166-1 alpha-2 codes, in order
 * @param featuredImage a media reference, or null
 * @param canonicalUrl the original's absolute http(s) address when the article is republished from
 *     elsewhere (its page's canonical link), or null
 * @param attribution who published the original ("Partner Weekly"), or null
 */
public record Manuscript(
    String language,
    String title,
    String slug,
    String standfirst,
    String body,
    long sectionId,
    List<Long> authorIds,
    List<Long> tagIds,
    List<String> countryCodes,
    String featuredImage,
    String canonicalUrl,
    String attribution) {

  public Manuscript {
    authorIds = List.copyOf(authorIds);
    tagIds = List.copyOf(tagIds);
    countryCodes = List.copyOf(countryCodes);
  }

  /** A manuscript of the publication's own, with no original elsewhere. */
  public Manuscript(
      String language,
      String title,
      String slug,
      String standfirst,
      String body,
      long sectionId,
      List<Long> authorIds,
      List<Long> tagIds,
      List<String> countryCodes,
      String featuredImage) {
    this(
        language,
        title,
        slug,
        standfirst,
        body,
        sectionId,
        authorIds,
        tagIds,
        countryCodes,
        featuredImage,
        null,
        null);
  }
}
