package org.iskra.article;

import java.time.Instant;
import java.util.List;

/**
 * An article as stored. {@code uid} is the stable identity that feeds and other systems keep;
 * {@code id} is the store's key; {@code version} grows with every save and guards against
 * overwriting someone else's save.
 *
 * @param createdBy the desk account that started it, or null for imports and the demo
 * @param trashedAt when it was moved to the trash, or null
 * @param canonicalUrl the original's address when republished from elsewhere, or null
 * @param attribution who published the original, or null
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
    List<String> countryCodes,
    Long createdBy,
    Instant trashedAt,
    String canonicalUrl,
    String attribution) {

  public String teaser() {
    return TeaserText.of(standfirst, body);
  }

  public boolean isPublished() {
    return status == ArticleStatus.PUBLISHED;
  }

  public boolean isTrashed() {
    return trashedAt != null;
  }

  /** The manuscript this article was saved from. */
  public Manuscript manuscript() {
    return new Manuscript(
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
        canonicalUrl,
        attribution);
  }

  /** Whether the article is republished from an original elsewhere. */
  public boolean isRepublished() {
    return canonicalUrl != null || attribution != null;
  }
}
