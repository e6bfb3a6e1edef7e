package org.iskra.article;

import java.time.Clock;
import java.time.Instant;
import java.util.IllformedLocaleException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.iskra.geo.Countries;
import org.iskra.section.Sections;
import org.iskra.slug.Slug;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes articles: validates manuscripts, sanitises bodies, gives every article a unique slug in
 * its language and keeps its slug history. Each call is one transaction: all of it is stored or
 * none.
 */
@Service
public class ArticlePublisher {

  /** Slugs tried per title before giving up: {@code title}, {@code title-2} … */
  private static final int SLUG_ATTEMPTS = 1000;

  private final Articles articles;
  private final Sections sections;
  private final Countries countries;
  private final Clock clock;

  ArticlePublisher(Articles articles, Sections sections, Countries countries, Clock clock) {
    this.articles = articles;
    this.sections = sections;
    this.countries = countries;
    this.clock = clock;
  }

  /**
   * Stores a new article.
   *
   * @param publishedAt when it was or will be published; for a published article without one, now
   * @throws InvalidArticle when a field is missing or wrong; nothing is stored then
   */
  @Transactional
  public Article create(Manuscript manuscript, ArticleStatus status, Instant publishedAt) {
    Manuscript clean = validated(manuscript);
    String slug = uniqueSlug(clean, 0);
    Instant now = clock.instant();
    return articles.insert(clean, slug, status, publicationTime(status, publishedAt, now), now);
  }

  /**
   * Replaces an article's manuscript and state. A changed title gives a new slug unless the
   * manuscript names one; the old slug keeps redirecting.
   *
   * @throws InvalidArticle when the article does not exist or a field is wrong
   */
  @Transactional
  public Article revise(long id, Manuscript manuscript, ArticleStatus status, Instant publishedAt) {
    Article before =
        articles.findById(id).orElseThrow(() -> new InvalidArticle("No article with id " + id));
    Manuscript clean = validated(manuscript);
    String slug =
        clean.slug().isEmpty() && clean.title().equals(before.title())
            ? before.slug()
            : uniqueSlug(clean, id);
    Instant now = clock.instant();
    Instant when = publishedAt != null ? publishedAt : before.publishedAt();
    return articles.update(id, clean, slug, status, publicationTime(status, when, now), now);
  }

  private static Instant publicationTime(ArticleStatus status, Instant requested, Instant now) {
    if (requested != null) {
      return requested;
    }
    return status == ArticleStatus.PUBLISHED ? now : null;
  }

  private Manuscript validated(Manuscript m) {
    String title = TeaserText.collapse(m.title());
    if (title.isEmpty()) {
      throw new InvalidArticle("title: an article needs a title");
    }
    if (title.length() > 300) {
      throw new InvalidArticle("title: at most 300 characters, not " + title.length());
    }
    String language = languageTag(m.language());
    if (sections.findById(m.sectionId()).isEmpty()) {
      throw new InvalidArticle("section: no section with id " + m.sectionId());
    }
    String slug = m.slug() == null ? "" : m.slug().strip();
    if (!slug.isEmpty() && !Slug.isValid(slug)) {
      throw new InvalidArticle(
          "slug: '"
              + slug
              + "' must be lower-case letters, digits and single hyphens, at most "
              + Slug.MAX_LENGTH
              + " characters");
    }
    List<String> codes =
        new LinkedHashSet<>(m.countryCodes())
            .stream()
                .map(
                    code ->
                        countries
                            .find(code)
                            .orElseThrow(
                                () ->
                                    new InvalidArticle(
                                        "countries: '" + code + "' is not an ISO 3166-1 code"))
                            .code())
                .toList();
    String standfirst = TeaserText.collapse(m.standfirst());
    return new Manuscript(
        language,
        title,
        slug,
        standfirst,
        BodySanitiser.sanitise(m.body()),
        m.sectionId(),
        List.copyOf(new LinkedHashSet<>(m.authorIds())),
        List.copyOf(new LinkedHashSet<>(m.tagIds())),
        codes,
        m.featuredImage() == null || m.featuredImage().isBlank()
            ? null
            : m.featuredImage().strip());
  }

  private static String languageTag(String language) {
    if (language == null || language.isBlank()) {
      throw new InvalidArticle(
          "language: an article needs a language (a BCP 47 tag such as en or pt-BR)");
    }
    try {
      return new Locale.Builder().setLanguageTag(language.strip()).build().toLanguageTag();
    } catch (IllformedLocaleException e) {
      throw new InvalidArticle("language: '" + language + "' is not a BCP 47 language tag");
    }
  }

  private String uniqueSlug(Manuscript m, long articleId) {
    String base = m.slug().isEmpty() ? Slug.from(m.title()) : m.slug();
    if (base.isEmpty()) {
      base = "article";
    }
    for (int n = 1; n <= SLUG_ATTEMPTS; n++) {
      String candidate = n == 1 ? base : suffixed(base, n);
      if (!articles.isSlugTaken(m.language(), candidate, articleId)) {
        if (!m.slug().isEmpty() && n > 1) {
          throw new InvalidArticle("slug: '" + base + "' is already used by another article");
        }
        return candidate;
      }
    }
    throw new InvalidArticle("slug: too many articles are called '" + base + "'; choose a slug");
  }

  private static String suffixed(String base, int n) {
    String suffix = "-" + n;
    String stem =
        base.length() + suffix.length() > Slug.MAX_LENGTH
            ? base.substring(0, Slug.MAX_LENGTH - suffix.length())
            : base;
    return stem.replaceAll("-+$", "") + suffix;
  }
}
