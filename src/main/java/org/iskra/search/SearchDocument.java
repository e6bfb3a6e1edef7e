package org.iskra.search;

import java.time.Instant;
import java.util.List;

/**
 * What the index holds of one article: its text as plain text, and everything searches filter,
 * facet and sort on. Built by the search feature from the store, whatever the engine.
 *
 * @param language BCP 47 tag; chooses the analysis (stemming, stop words) of the text
 * @param body plain text, without markup
 * @param path the article's public address, e.g. {@code /americas/some-slug}
 * @param status {@code draft}, {@code scheduled}, {@code published} or {@code unpublished}
 * @param trashed whether it is in the desk's trash
 * @param year the year of publication in the publication's timezone, or 0 when never published
 * @param publishedAt null when never published
 */
public record SearchDocument(
    long articleId,
    int version,
    String language,
    String title,
    String standfirst,
    String body,
    String path,
    String status,
    boolean trashed,
    Label section,
    List<Label> countries,
    List<Label> tags,
    List<Label> authors,
    int year,
    Instant publishedAt,
    Instant updatedAt) {

  public SearchDocument {
    countries = List.copyOf(countries);
    tags = List.copyOf(tags);
    authors = List.copyOf(authors);
  }

  /** Whether readers may find it: published and not in the trash. */
  public boolean isPublic() {
    return "published".equals(status) && !trashed;
  }
}
