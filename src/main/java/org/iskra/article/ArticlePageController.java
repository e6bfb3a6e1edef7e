package org.iskra.article;

import java.util.List;
import org.iskra.publication.PageFrame;
import org.iskra.publication.PageFrames;
import org.iskra.publication.PublicationProfile;
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
  private final PublicationProfile publication;
  private final PageFrames frames;
  private final ArticleListings listings;
  private final ArticleHeads heads;
  private final ObjectProvider<RelatedArticles> related;
  private final ObjectProvider<ArticleAsides> asides;

  ArticlePageController(
      Articles articles,
      Sections sections,
      ArticleViews views,
      PublicationProfile publication,
      PageFrames frames,
      ArticleListings listings,
      ArticleHeads heads,
      ObjectProvider<RelatedArticles> related,
      ObjectProvider<ArticleAsides> asides) {
    this.articles = articles;
    this.sections = sections;
    this.views = views;
    this.publication = publication;
    this.frames = frames;
    this.listings = listings;
    this.heads = heads;
    this.related = related;
    this.asides = asides;
  }

  @GetMapping("/{sectionSlug:[a-z0-9-]+}/{slug:[a-z0-9-]+}")
  Object article(@PathVariable String sectionSlug, @PathVariable String slug, Model model) {
    String language = publication.current().language();
    Article article =
        articles
            .findBySlug(language, slug)
            .or(() -> articles.findIdByFormerSlug(language, slug).flatMap(articles::findById))
            .filter(Article::isPublished)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    Section section = sections.findById(article.sectionId()).orElseThrow();
    String path = ArticlePaths.path(section, article.slug());
    if (!article.slug().equals(slug) || !section.slug().equals(sectionSlug)) {
      RedirectView redirect = new RedirectView(path);
      redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
      redirect.setExposeModelAttributes(false);
      return redirect;
    }
    ArticleView view = views.of(article);
    // A republished article's canonical link names the original (ArticleHead.original), not us.
    String canonicalPath = article.canonicalUrl() == null ? path : "";
    PageFrame frame =
        frames
            .frame(article.title(), view.teaser(), canonicalPath, section.slug())
            .withFeedsOf(section.name(), section.path());
    model.addAttribute("frame", frame);
    model.addAttribute("view", view);
    model.addAttribute("head", heads.of(view, frame));
    List<Teaser> more = moreFrom(section, article.id());
    model.addAttribute("more", more);
    model.addAttribute("related", relatedTo(article, more));
    model.addAttribute(
        "asides", asides.orderedStream().flatMap(a -> a.asidesOf(article).stream()).toList());
    return "article/page";
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
  private List<Teaser> moreFrom(Section section, long articleId) {
    return listings.latest(Listing.inSection(section.id()), MORE + 1).stream()
        .filter(teaser -> teaser.id() != articleId)
        .limit(MORE)
        .toList();
  }
}
