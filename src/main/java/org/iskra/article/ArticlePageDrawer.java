package org.iskra.article;

import gg.jte.Content;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.iskra.publication.DrawingScope;
import org.iskra.publication.Edition;
import org.iskra.publication.Editions;
import org.iskra.publication.PageDrawer;
import org.iskra.publication.PageSink;
import org.iskra.section.Section;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Draws every published article's page, in every edition, without a request: the same model ({@link
 * ArticlePage}) and template as the page a reader gets, from data read in batches of about {@value
 * #BATCH} articles rather than a few queries per page. For the static copy. Thread-safe; the jobs
 * of one drawing may run on several threads at once.
 */
@Component
public class ArticlePageDrawer implements PageDrawer {

  /** Articles per job: a handful of queries each, whatever its size. */
  static final int BATCH = 200;

  private static final Pattern SLUG = Pattern.compile(ArticlePage.SLUG);

  private final Articles articles;
  private final ArticlePage page;
  private final ArticleViews views;
  private final ArticleHeads heads;
  private final Editions editions;
  private final TemplateEngine templates;
  private final ObjectProvider<RelatedArticles> related;

  ArticlePageDrawer(
      Articles articles,
      ArticlePage page,
      ArticleViews views,
      ArticleHeads heads,
      Editions editions,
      TemplateEngine templates,
      ObjectProvider<RelatedArticles> related) {
    this.articles = articles;
    this.page = page;
    this.views = views;
    this.heads = heads;
    this.editions = editions;
    this.templates = templates;
    this.related = related;
  }

  /**
   * Jobs that together hand {@code sink} every article page the site answers with 200, each at its
   * address ({@link ArticleView#path()}, with its edition's prefix) and byte for byte as the site
   * answers it. The jobs are independent: run them in any order, on any threads. Articles published
   * after this call may be left out; one withdrawn meanwhile is not drawn.
   */
  @Override
  public List<Runnable> drawing(PageSink sink) {
    return drawing(sink, BATCH);
  }

  /** The same, in jobs of {@code batch} articles. */
  List<Runnable> drawing(PageSink sink, int batch) {
    List<Long> ids = articles.listPublishedIds();
    Drawing drawing = new Drawing(sink);
    List<Runnable> jobs = new ArrayList<>();
    for (int from = 0; from < ids.size(); from += batch) {
      long afterId = from == 0 ? ids.getFirst() - 1 : ids.get(from - 1);
      long lastId = ids.get(Math.min(from + batch, ids.size()) - 1);
      jobs.add(() -> drawing.draw(afterId, lastId));
    }
    return jobs;
  }

  /** One call's jobs, and what they read once for all of them. */
  private final class Drawing {

    private final PageSink sink;
    private final Map<SectionInEdition, List<Teaser>> latest = new ConcurrentHashMap<>();
    private final Map<String, Map<Long, Section>> sectionsByLanguage = new ConcurrentHashMap<>();

    Drawing(PageSink sink) {
      this.sink = sink;
    }

    void draw(long afterId, long lastId) {
      List<Article> batch = articles.listPublishedInIdRange(afterId, lastId);
      Map<Long, List<Article>> translations = articles.listTranslations(batch);
      Map<Edition, List<ArticleView>> byEdition =
          views.of(batch).stream()
              .collect(
                  Collectors.groupingBy(
                      view -> editions.forLanguage(view.article().language()),
                      LinkedHashMap::new,
                      Collectors.toList()));
      byEdition.forEach(
          (edition, inEdition) -> {
            List<ArticleView> served =
                inEdition.stream().filter(view -> isServed(edition, view)).toList();
            List<Article> servedArticles = served.stream().map(ArticleView::article).toList();
            Map<Long, List<Teaser>> like = relatedTo(servedArticles);
            Map<Long, List<Content>> asides = page.asidesOf(servedArticles);
            for (ArticleView view : served) {
              long id = view.article().id();
              String body =
                  DrawingScope.in(
                      edition,
                      () ->
                          render(
                              page.model(
                                  edition,
                                  view,
                                  heads.translations(
                                      view,
                                      translations.getOrDefault(id, List.of()),
                                      this::section),
                                  latestIn(edition, view.section()),
                                  like.getOrDefault(id, List.of()),
                                  asides.getOrDefault(id, List.of()))));
              sink.page(view.path(), PageSink.HTML, body);
            }
          });
    }

    /**
     * Whether the article's own address answers with its page. In its edition's language it is the
     * only article with its slug; in a language without an edition of its own it shares the default
     * edition, where another article's current or former slug may take the address, as the lookup
     * of {@link ArticlePageController} decides.
     */
    private boolean isServed(Edition edition, ArticleView view) {
      Article article = view.article();
      if (!SLUG.matcher(article.slug()).matches()
          || !SLUG.matcher(view.section().slug()).matches()) {
        return false;
      }
      return article.language().equals(edition.language())
          || page.find(edition, article.slug())
              .filter(Article::isPublished)
              .map(Article::id)
              .equals(Optional.of(article.id()));
    }

    /** The section's latest articles in the edition, read once per drawing. */
    private List<Teaser> latestIn(Edition edition, Section section) {
      return latest.computeIfAbsent(
          new SectionInEdition(edition, section.id()), key -> page.latestIn(edition, section));
    }

    private Optional<Section> section(long id, String language) {
      return Optional.ofNullable(
          sectionsByLanguage.computeIfAbsent(language, views::sectionsById).get(id));
    }
  }

  /** Articles like each of these, by article id; the page asks for the same number. */
  private Map<Long, List<Teaser>> relatedTo(List<Article> batch) {
    RelatedArticles finder = related.getIfAvailable();
    if (finder == null) {
      return Map.of();
    }
    return finder.relatedTo(batch, ArticlePage.RELATED_CANDIDATES);
  }

  private String render(Map<String, Object> model) {
    StringOutput output = new StringOutput(32 * 1024); // an article page: 13,000-30,000 characters
    templates.render(ArticlePage.TEMPLATE + ".jte", model, output);
    return output.toString();
  }

  private record SectionInEdition(Edition edition, long sectionId) {}
}
