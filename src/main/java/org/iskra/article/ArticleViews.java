package org.iskra.article;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.iskra.author.Author;
import org.iskra.author.Authors;
import org.iskra.geo.Countries;
import org.iskra.media.Media;
import org.iskra.media.MediaLibrary;
import org.iskra.publication.Editions;
import org.iskra.section.Section;
import org.iskra.section.Sections;
import org.iskra.slug.Slug;
import org.iskra.tag.Tag;
import org.iskra.tag.Tags;
import org.springframework.stereotype.Component;

/**
 * Resolves an article's links (section, bylines, tags, countries) for its page, for readers and for
 * the desk's preview alike, so the preview is the page readers will get.
 */
@Component
class ArticleViews {

  private final Sections sections;
  private final Authors authors;
  private final Tags tags;
  private final Countries countries;
  private final MediaLibrary media;
  private final Editions editions;

  ArticleViews(
      Sections sections,
      Authors authors,
      Tags tags,
      Countries countries,
      MediaLibrary media,
      Editions editions) {
    this.editions = editions;
    this.sections = sections;
    this.authors = authors;
    this.tags = tags;
    this.countries = countries;
    this.media = media;
  }

  ArticleView of(Article article) {
    Section section = sections.findById(article.sectionId(), article.language()).orElseThrow();
    return new ArticleView(
        article,
        section,
        inOrder(authors.listByIds(article.authorIds()), Author::id, article.authorIds()),
        inOrder(tags.listByIds(article.tagIds(), article.language()), Tag::id, article.tagIds()),
        countries.listByCodes(article.countryCodes()),
        article.teaser(),
        ArticlePaths.path(editions.forLanguage(article.language()), section, article.slug()),
        featuredImage(article));
  }

  /**
   * Many articles at once, for feeds: a fixed number of queries (sections, authors, tags, images)
   * whatever the number of articles. Images without alt text are left out, as on the page.
   */
  List<ArticleView> of(List<Article> list) {
    if (list.isEmpty()) {
      return List.of();
    }
    Map<String, Map<Long, Section>> sectionsByLanguage = new java.util.HashMap<>();
    List<Author> allAuthors =
        authors.listByIds(list.stream().flatMap(a -> a.authorIds().stream()).distinct().toList());
    List<Long> tagIds = list.stream().flatMap(a -> a.tagIds().stream()).distinct().toList();
    // Tags as each article's edition names them: one query per language, not per article.
    Map<String, List<Tag>> tagsByLanguage = new java.util.HashMap<>();
    Map<String, Media> images =
        media
            .listByKeys(
                list.stream()
                    .map(Article::featuredImage)
                    .filter(java.util.Objects::nonNull)
                    .toList())
            .stream()
            .collect(Collectors.toMap(Media::key, Function.identity()));
    return list.stream()
        .map(
            article -> {
              Section section =
                  sectionsByLanguage
                      .computeIfAbsent(article.language(), this::sectionsById)
                      .get(article.sectionId());
              Media image =
                  article.featuredImage() == null ? null : images.get(article.featuredImage());
              return new ArticleView(
                  article,
                  section,
                  only(allAuthors, Author::id, article.authorIds()),
                  only(
                      tagsByLanguage.computeIfAbsent(
                          article.language(), language -> tags.listByIds(tagIds, language)),
                      Tag::id,
                      article.tagIds()),
                  countries.listByCodes(article.countryCodes()),
                  article.teaser(),
                  ArticlePaths.path(
                      editions.forLanguage(article.language()), section, article.slug()),
                  image != null && image.hasAltText() ? image : null);
            })
        .toList();
  }

  /** The sections by id, as the edition of this language names them. */
  Map<Long, Section> sectionsById(String language) {
    return sections.listAll(language).stream()
        .collect(Collectors.toMap(Section::id, Function.identity()));
  }

  private static <T> List<T> only(List<T> all, Function<T, Long> id, List<Long> wanted) {
    return inOrder(
        all.stream().filter(item -> wanted.contains(id.apply(item))).toList(), id, wanted);
  }

  /** An unsaved article as it would look, with bylines and tags by the names typed. */
  ArticleView preview(Article article, List<String> authorNames, List<String> tagNames) {
    Section section =
        sections
            .findById(article.sectionId())
            .orElseThrow(() -> new InvalidArticle("section: choose a section"));
    return new ArticleView(
        article,
        section,
        authorNames.stream().map(name -> new Author(0, Slug.from(name), name, "")).toList(),
        tagNames.stream().map(name -> new Tag(0, Slug.from(name), name)).toList(),
        countries.listByCodes(article.countryCodes()),
        article.teaser(),
        ArticlePaths.path(editions.forLanguage(article.language()), section, article.slug()),
        featuredImage(article));
  }

  private Media featuredImage(Article article) {
    return article.featuredImage() == null
        ? null
        : media.findByKey(article.featuredImage()).orElse(null);
  }

  /** Names of the article's authors and tags, in byline order, for the editor's fields. */
  List<String> authorNames(Article article) {
    return inOrder(authors.listByIds(article.authorIds()), Author::id, article.authorIds()).stream()
        .map(Author::name)
        .toList();
  }

  List<String> tagNames(Article article) {
    return inOrder(tags.listByIds(article.tagIds()), Tag::id, article.tagIds()).stream()
        .map(Tag::name)
        .toList();
  }

  static <T> List<T> inOrder(List<T> found, Function<T, Long> id, List<Long> order) {
    Map<Long, Integer> position =
        order.stream().collect(Collectors.toMap(Function.identity(), order::indexOf, (a, b) -> a));
    return found.stream()
        .sorted(Comparator.comparing(item -> position.get(id.apply(item))))
        .toList();
  }
}
