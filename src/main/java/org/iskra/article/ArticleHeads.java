package org.iskra.article;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.iskra.author.Author;
import org.iskra.media.Media;
import org.iskra.publication.Alternate;
import org.iskra.publication.Editions;
import org.iskra.publication.PageFrame;
import org.iskra.section.Section;
import org.iskra.section.Sections;
import org.iskra.tag.Tag;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds an article page's {@link ArticleHead}: the shared image, the translations and the
 * schema.org JSON-LD. The JSON is written by Jackson, never by joining strings, so that a title can
 * only ever be a string value. Thread-safe.
 */
@Component
class ArticleHeads {

  /** Social networks ask for images about this wide; smaller variants look blurred. */
  private static final int SHARED_WIDTH = 1200;

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Articles articles;
  private final Sections sections;
  private final Editions editions;

  ArticleHeads(Articles articles, Sections sections, Editions editions) {
    this.articles = articles;
    this.sections = sections;
    this.editions = editions;
  }

  ArticleHead of(ArticleView view, PageFrame frame, List<Alternate> translations) {
    ArticleHead.SharedImage image = sharedImage(view.featuredImage(), frame);
    return new ArticleHead(
        linkedData(view, frame, image),
        image,
        translations.stream()
            .filter(t -> !t.language().equals(Alternate.X_DEFAULT))
            .map(t -> new ArticleHead.Translation(t.language(), frame.absolute(t.path())))
            .toList(),
        lastModified(view.article()),
        view.article().canonicalUrl(),
        frame.absolute(view.path()));
  }

  /**
   * The article and its published translations, each by its language and path, then {@code
   * x-default}: the one in the publication's default language, or this article when the group has
   * none. Empty when the article has no published translation.
   */
  List<Alternate> translations(ArticleView view) {
    return translations(view, articles.listTranslations(view.article()), sections::findById);
  }

  /**
   * The same, from the other published articles of the group ({@link
   * Articles#listTranslations(Article)}) and a way to find a section as an edition names it, for
   * pages drawn in bulk from data read once.
   */
  List<Alternate> translations(
      ArticleView view,
      List<Article> others,
      BiFunction<Long, String, Optional<Section>> sectionInLanguage) {
    if (others.isEmpty()) {
      return List.of();
    }
    List<Alternate> all = new ArrayList<>();
    all.add(new Alternate(view.article().language(), view.path()));
    for (Article other : others) {
      sectionInLanguage
          .apply(other.sectionId(), other.language())
          .ifPresent(
              section ->
                  all.add(
                      new Alternate(
                          other.language(),
                          ArticlePaths.path(
                              editions.forLanguage(other.language()), section, other.slug()))));
    }
    String defaultLanguage = editions.defaultEdition().language();
    String fallback =
        all.stream()
            .filter(t -> t.language().equalsIgnoreCase(defaultLanguage))
            .map(Alternate::path)
            .findFirst()
            .orElse(view.path());
    all.add(new Alternate(Alternate.X_DEFAULT, fallback));
    return all;
  }

  private static ArticleHead.SharedImage sharedImage(Media media, PageFrame frame) {
    if (media == null || !media.hasAltText()) {
      return null;
    }
    int width = media.largestWidth();
    for (int candidate : media.variantWidths()) {
      if (candidate >= SHARED_WIDTH) {
        width = candidate;
        break;
      }
    }
    // Variants keep the full image's proportions.
    int height = (int) Math.round((double) media.height() * width / media.width());
    return new ArticleHead.SharedImage(
        frame.absolute(media.src(width)), width, height, media.altText());
  }

  private static String linkedData(
      ArticleView view, PageFrame frame, ArticleHead.SharedImage image) {
    Article article = view.article();
    String url = frame.absolute(view.path());
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("@context", "https://schema.org");
    json.put("@type", "NewsArticle");
    json.put("mainEntityOfPage", typed("WebPage", "@id", url));
    json.put("url", url);
    json.put("headline", article.title());
    if (!view.teaser().isEmpty()) {
      json.put("description", view.teaser());
    }
    json.put("inLanguage", article.language());
    json.put("datePublished", frame.machineDate(article.publishedAt()));
    json.put("dateModified", frame.machineDate(lastModified(article)));
    if (image != null) {
      json.put("image", List.of(image.url()));
    }
    List<Map<String, Object>> authors = new ArrayList<>();
    for (Author author : view.authors()) {
      authors.add(person(author, frame));
    }
    if (!authors.isEmpty()) {
      json.put("author", authors);
    }
    if (article.canonicalUrl() != null) {
      json.put("isBasedOn", article.canonicalUrl());
    }
    if (article.attribution() != null) {
      json.put("sourceOrganization", typed("Organization", "name", article.attribution()));
    }
    Section section = view.section();
    json.put("articleSection", section.name());
    if (!view.tags().isEmpty()) {
      json.put("keywords", view.tags().stream().map(Tag::name).toList());
    }
    Map<String, Object> publisher = new LinkedHashMap<>();
    publisher.put("@type", "Organization");
    publisher.put("name", frame.publication().name());
    publisher.put("url", frame.absolute("/"));
    publisher.put("logo", typed("ImageObject", "url", frame.absolute("/assets/favicon.svg")));
    json.put("publisher", publisher);
    return scriptSafe(JSON.writeValueAsString(json));
  }

  // Ordered (never Map.of, whose order changes from one start to the next), so that a page's bytes
  // and its ETag stay the same across restarts and a static copy rewrites nothing.
  private static Map<String, Object> typed(String type, String key, Object value) {
    Map<String, Object> object = new LinkedHashMap<>();
    object.put("@type", type);
    object.put(key, value);
    return object;
  }

  private static Map<String, Object> person(Author author, PageFrame frame) {
    Map<String, Object> person = new LinkedHashMap<>();
    person.put("@type", "Person");
    person.put("name", author.name());
    person.put("url", frame.absolute(author.path()));
    return person;
  }

  /** A save before publication (a scheduled article) is not a modification readers could see. */
  static Instant lastModified(Article article) {
    Instant published = article.publishedAt();
    return published != null && published.isAfter(article.updatedAt())
        ? published
        : article.updatedAt();
  }

  /**
   * JSON that cannot end its {@code <script>} element or open a comment in it: {@code <} only
   * occurs inside JSON strings, where {@code \u003c} means the same.
   */
  static String scriptSafe(String json) {
    return json.replace("<", "\\u003c");
  }
}
