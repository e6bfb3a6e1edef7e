package org.iskra.article;

import java.util.List;
import org.iskra.author.Author;
import org.iskra.geo.Country;
import org.iskra.media.Media;
import org.iskra.section.Section;
import org.iskra.tag.Tag;

/**
 * An article with everything its page shows resolved to names and addresses.
 *
 * @param featuredImage the image shown above the article, or null
 */
public record ArticleView(
    Article article,
    Section section,
    List<Author> authors,
    List<Tag> tags,
    List<Country> countries,
    String teaser,
    String path,
    Media featuredImage) {

  /**
   * Whether the page says when the article was last updated: only for revisions made at least an
   * hour after publication, so that publishing itself never reads as an update.
   */
  public boolean showsUpdate() {
    return article.version() > 1
        && article.publishedAt() != null
        && article.updatedAt().isAfter(article.publishedAt().plus(java.time.Duration.ofHours(1)));
  }

  /** Whether the standfirst ends mid-sentence, so the page adds an ellipsis after it. */
  public String standfirst() {
    return article.standfirst().isEmpty() ? "" : TeaserText.finished(article.standfirst());
  }
}
