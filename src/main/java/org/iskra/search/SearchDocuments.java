package org.iskra.search;

import java.time.ZoneId;
import org.iskra.article.Article;
import org.iskra.article.ArticleView;
import org.iskra.publication.PublicationProfile;
import org.jsoup.Jsoup;
import org.springframework.stereotype.Component;

/** Turns an article, as the store has it, into what the index keeps of it. */
@Component
class SearchDocuments {

  private final PublicationProfile publication;

  SearchDocuments(PublicationProfile publication) {
    this.publication = publication;
  }

  SearchDocument of(ArticleView view) {
    Article article = view.article();
    ZoneId zone = publication.current().zone();
    return new SearchDocument(
        article.id(),
        article.version(),
        article.language(),
        article.title(),
        article.standfirst(),
        article.body().isEmpty() ? "" : Jsoup.parseBodyFragment(article.body()).text(),
        view.path(),
        article.status().code(),
        article.isTrashed(),
        new Label(view.section().slug(), view.section().name(), view.section().path()),
        view.countries().stream().map(c -> new Label(c.code(), c.name(), c.path())).toList(),
        view.tags().stream().map(t -> new Label(t.slug(), t.name(), t.path())).toList(),
        view.authors().stream().map(a -> new Label(a.slug(), a.name(), a.path())).toList(),
        article.publishedAt() == null ? 0 : article.publishedAt().atZone(zone).getYear(),
        article.publishedAt(),
        article.updatedAt());
  }
}
