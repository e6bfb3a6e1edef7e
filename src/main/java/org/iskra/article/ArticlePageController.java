package org.iskra.article;

import java.util.List;
import java.util.Optional;
import org.iskra.publication.Alternate;
import org.iskra.publication.Edition;
import org.iskra.publication.Editions;
import org.iskra.publication.PageFrame;
import org.iskra.publication.PageFrames;
import org.iskra.section.Section;
import org.iskra.section.Sections;
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
 * another section, answers with a permanent redirect to the article's current address.
 */
@Controller
class ArticlePageController {

  /** How many other articles of the section the page suggests. */
  private static final int MORE = 3;

  /** How many related articles from anywhere the page suggests. */
  private static final int RELATED = 3;

  private final Articles articles;
  private final Sections sections;
  private final ArticleViews views;
  private final Editions editions;
  private final PageFrames frames;
  private final ArticleListings listings;
  private final ArticleHeads heads;
  private final ObjectProvider<RelatedArticles> related;
  private final ObjectProvider<ArticleAsides> asides;

  ArticlePageController(
      Articles articles,
      Sections sections,
      ArticleViews views,
      Editions editions,
      PageFrames frames,
      ArticleListings listings,
      ArticleHeads heads,
      ObjectProvider<RelatedArticles> related,
      ObjectProvider<ArticleAsides> asides) {
    this.articles = articles;
    this.sections = sections;
    this.views = views;
    this.editions = editions;
    this.frames = frames;
    this.listings = listings;
    this.heads = heads;
    this.related = related;
    this.asides = asides;
  }

  @GetMapping("/{sectionSlug:[a-z0-9-]+}/{slug:[a-z0-9-]+}")
  Object article(@PathVariable String sectionSlug, @PathVariable String slug, Model model) {
    Edition edition = editions.current();
    Article article =
        find(edition, slug)
            .filter(Article::isPublished)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    ArticleView view = views.of(article);
    Section section = view.section();
    if (!article.slug().equals(slug) || !section.slug().equals(sectionSlug)) {
      RedirectView redirect = new RedirectView(view.path());
      redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
      redirect.setExposeModelAttributes(false);
      return redirect;
    }
    List<Alternate> translations = heads.translations(view);
    // A republished article's canonical link names the original (ArticleHead.original), not us.
    String canonicalPath =
        article.canonicalUrl() == null
            ? ArticlePaths.path(editions.defaultEdition(), section, article.slug())
            : "";
    PageFrame frame =
        frames
            .frame(edition, article.title(), view.teaser(), canonicalPath, section.slug())
            .withFeedsOf(section.name(), section.path())
            .inLanguage(article.language(), frames.wordsIn(article.language()), translations);
    model.addAttribute("frame", frame);
    model.addAttribute("view", view);
    model.addAttribute("head", heads.of(view, frame, translations));
    model.addAttribute(
        "alsoIn",
        translations.stream()
            .filter(t -> !t.language().equals(Alternate.X_DEFAULT))
            .filter(t -> !t.language().equals(article.language()))
            .toList());
    List<Teaser> more = moreFrom(edition, section, article.id());
    model.addAttribute("more", more);
    model.addAttribute("related", relatedTo(article, more));
    model.addAttribute(
        "asides", asides.orderedStream().flatMap(a -> a.asidesOf(article).stream()).toList());
    return "article/page";
  }

  /**
   * The article at this slug in the edition: in its language, current slug first, then a former
   * one. The default edition also holds the articles in languages without an edition of their own.
   */
  private Optional<Article> find(Edition edition, String slug) {
    String language = edition.language();
    Optional<Article> found =
        articles
            .findBySlug(language, slug)
            .or(() -> articles.findIdByFormerSlug(language, slug).flatMap(articles::findById));
    if (found.isPresent() || !edition.isDefault()) {
      return found;
    }
    return articles.listBySlug(slug).stream()
        .filter(candidate -> editions.forLanguage(candidate.language()).isDefault())
        .filter(Article::isPublished)
        .findFirst();
  }

  /** Articles like this one that "More from" does not already show. */
  private List<Teaser> relatedTo(Article article, List<Teaser> more) {
    RelatedArticles finder = related.getIfAvailable();
    if (finder == null) {
      return List.of();
    }
    java.util.Set<Long> shown =
        more.stream().map(Teaser::id).collect(java.util.stream.Collectors.toSet());
    return finder.relatedTo(article, RELATED + MORE).stream()
        .filter(teaser -> !shown.contains(teaser.id()))
        .limit(RELATED)
        .toList();
  }

  /** The section's latest articles other than this one. */
  private List<Teaser> moreFrom(Edition edition, Section section, long articleId) {
    return listings
        .latest(listings.inEdition(Listing.inSection(section.id()), edition), MORE + 1)
        .stream()
        .filter(teaser -> teaser.id() != articleId)
        .limit(MORE)
        .toList();
  }
}
