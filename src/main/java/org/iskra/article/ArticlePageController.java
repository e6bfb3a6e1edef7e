package org.iskra.article;

import java.util.List;
import org.iskra.publication.Edition;
import org.iskra.publication.Editions;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The public article page at {@code /{section}/{slug}}. An old slug, or the right slug under
 * another section, answers with a permanent redirect to the article's current address. The page
 * itself is {@link ArticlePage}'s, as the static copy draws it.
 */
@Controller
class ArticlePageController {

  private final ArticlePage page;
  private final ArticleViews views;
  private final Editions editions;
  private final ArticleHeads heads;
  private final ObjectProvider<RelatedArticles> related;

  ArticlePageController(
      ArticlePage page,
      ArticleViews views,
      Editions editions,
      ArticleHeads heads,
      ObjectProvider<RelatedArticles> related) {
    this.page = page;
    this.views = views;
    this.editions = editions;
    this.heads = heads;
    this.related = related;
  }

  @GetMapping("/{sectionSlug:" + ArticlePage.SLUG + "}/{slug:" + ArticlePage.SLUG + "}")
  Object article(@PathVariable String sectionSlug, @PathVariable String slug, Model model) {
    Edition edition = editions.current();
    Article article =
        page.find(edition, slug)
            .filter(Article::isPublished)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    ArticleView view = views.of(article);
    if (!article.slug().equals(slug) || !view.section().slug().equals(sectionSlug)) {
      RedirectView redirect = new RedirectView(view.path());
      redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
      redirect.setExposeModelAttributes(false);
      return redirect;
    }
    model.addAllAttributes(
        page.model(
            edition,
            view,
            heads.translations(view),
            page.latestIn(edition, view.section()),
            relatedTo(article),
            page.asidesOf(article)));
    return ArticlePage.TEMPLATE;
  }

  private List<Teaser> relatedTo(Article article) {
    RelatedArticles finder = related.getIfAvailable();
    return finder == null ? List.of() : finder.relatedTo(article, ArticlePage.RELATED_CANDIDATES);
  }
}
