package org.iskra.article;

import java.util.List;
import org.iskra.media.MediaUses;
import org.springframework.stereotype.Component;

/** The articles that show an image of the media library, for its delete page. */
@Component
class ArticleMediaUses implements MediaUses {

  private final Articles articles;

  ArticleMediaUses(Articles articles) {
    this.articles = articles;
  }

  @Override
  public List<Use> of(String key, int limit) {
    return articles.listShowingMedia(key, limit).stream()
        .map(a -> new Use(a.id(), a.title(), a.status().code()))
        .toList();
  }
}
