package org.iskra.article;

import gg.jte.Content;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.iskra.publication.Alternate;
import org.iskra.publication.Edition;
import org.iskra.publication.Editions;
import org.iskra.publication.PageFrame;
import org.iskra.publication.PageFrames;
import org.iskra.section.Section;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The public article page's lookup and model, one for the page a reader asks for ({@link
 * ArticlePageController}) and the pages drawn in bulk ({@link ArticlePageDrawer}), so that both
 * give the same bytes. Thread-safe.
 */
@Component
class ArticlePage {

  /** The page's template, as a view name. */
  static final String TEMPLATE = "article/page";

  /** What a section's and an article's slug in the page's address may hold. */
  static final String SLUG = "[a-z0-9-]+";

  /** How many other articles of the section the page suggests. */
  static final int MORE = 3;

  /** How many related articles from anywhere the page suggests. */
  static final int RELATED = 3;

  /** How many related articles to ask for: "More from" may already show some of them. */
  static final int RELATED_CANDIDATES = RELATED + MORE;

  private final Articles articles;
  private final Editions editions;
  private final PageFrames frames;
  private final ArticleListings listings;
  private final ArticleHeads heads;
  private final ObjectProvider<ArticleAsides> asides;

  /** The asides' sources, looked up once: the bean factory's lookup cost more than the asides. */
  private volatile List<ArticleAsides> asideSources;

  ArticlePage(
      Articles articles,
      Editions editions,
      PageFrames frames,
      ArticleListings listings,
      ArticleHeads heads,
      ObjectProvider<ArticleAsides> asides) {
    this.articles = articles;
    this.editions = editions;
    this.frames = frames;
    this.listings = listings;
    this.heads = heads;
    this.asides = asides;
  }

  /**
   * The article at this slug in the edition, in any state: in its language, current slug first,
   * then a former one. The default edition also holds the articles in languages without an edition
   * of their own.
   */
  Optional<Article> find(Edition edition, String slug) {
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

  /**
   * The section's latest articles in the edition, one more than "More from" shows, so that the page
   * can leave itself out: the same list for every article of the section.
   */
  List<Teaser> latestIn(Edition edition, Section section) {
    return listings.latest(listings.inEdition(Listing.inSection(section.id()), edition), MORE + 1);
  }

  /**
   * The page's model, in the edition whose address answers it.
   *
   * @param translations the article's published translations ({@link ArticleHeads#translations})
   * @param latestInSection the section's latest articles ({@link #latestIn})
   * @param relatedCandidates at most {@value #RELATED_CANDIDATES} articles like this one
   * @param asides the blocks beside the article ({@link #asidesOf})
   */
  Map<String, Object> model(
      Edition edition,
      ArticleView view,
      List<Alternate> translations,
      List<Teaser> latestInSection,
      List<Teaser> relatedCandidates,
      List<Content> asides) {
    Article article = view.article();
    Section section = view.section();
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
    List<Teaser> more =
        latestInSection.stream().filter(teaser -> teaser.id() != article.id()).limit(MORE).toList();
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("frame", frame);
    model.put("view", view);
    model.put("head", heads.of(view, frame, translations));
    model.put(
        "alsoIn",
        translations.stream()
            .filter(t -> !t.language().equals(Alternate.X_DEFAULT))
            .filter(t -> !t.language().equals(article.language()))
            .toList());
    model.put("more", more);
    model.put("related", notIn(relatedCandidates, more));
    model.put("asides", asides);
    return model;
  }

  /** The blocks other features put beside the article. */
  List<Content> asidesOf(Article article) {
    return asideSources().stream().flatMap(source -> source.asidesOf(article).stream()).toList();
  }

  /**
   * The blocks beside each of these articles, by id: each source is asked once which of them may
   * have any, then only for those.
   */
  Map<Long, List<Content>> asidesOf(List<Article> batch) {
    List<Long> ids = batch.stream().map(Article::id).toList();
    Map<Long, List<Content>> asides = new HashMap<>();
    for (ArticleAsides source : asideSources()) {
      Set<Long> candidates = source.mayHaveAsides(ids);
      for (Article article : batch) {
        if (candidates.contains(article.id())) {
          List<Content> blocks = source.asidesOf(article);
          if (!blocks.isEmpty()) {
            asides.computeIfAbsent(article.id(), id -> new ArrayList<>()).addAll(blocks);
          }
        }
      }
    }
    return asides;
  }

  private List<ArticleAsides> asideSources() {
    List<ArticleAsides> sources = asideSources;
    if (sources == null) {
      sources = asides.orderedStream().toList();
      asideSources = sources;
    }
    return sources;
  }

  /** Articles like this one that "More from" does not already show. */
  private static List<Teaser> notIn(List<Teaser> candidates, List<Teaser> more) {
    Set<Long> shown = more.stream().map(Teaser::id).collect(Collectors.toSet());
    return candidates.stream()
        .filter(teaser -> !shown.contains(teaser.id()))
        .limit(RELATED)
        .toList();
  }
}
