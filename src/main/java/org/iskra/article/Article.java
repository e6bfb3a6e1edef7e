package org.iskra.article;

import java.time.Instant;
import java.util.List;

/**
 * An article as stored. {@code uid} is the stable identity that feeds and other systems keep;
 * {@code id} is the store's key; {@code version} grows with every save.
 */
public record Article(
    long id,
    String uid,
    String language,
    String slug,
    String title,
    String standfirst,
    String body,
    ArticleStatus status,
    long sectionId,
    String translationGroup,
    String featuredImage,
    Instant publishedAt,
    Instant createdAt,
    Instant updatedAt,
    int version,
    List<Long> authorIds,
    List<Long> tagIds,
    List<String> countryCodes) {

  public String teaser() {
    return TeaserText.of(standfirst, body);
  }

  public boolean isPublished() {
    return status == ArticleStatus.PUBLISHED;
  }
}
