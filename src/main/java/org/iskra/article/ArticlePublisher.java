package org.iskra.article;

import java.time.Clock;
import java.time.Instant;
import java.util.IllformedLocaleException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.iskra.geo.Countries;
import org.iskra.media.MediaLibrary;
import org.iskra.section.Sections;
import org.iskra.slug.Slug;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes articles, whoever asks (the desk, importers, the scheduler): validates manuscripts,
 * sanitises bodies, gives every article a unique slug in its language, keeps its slug history,
 * records a revision of every save and announces what changed ({@link ArticleEvents}). Each call is
 * one transaction: all of it is stored or none.
 */
@Service
public class ArticlePublisher {

  /** Slugs tried per title before giving up: {@code title}, {@code title-2} … */
  private static final int SLUG_ATTEMPTS = 1000;

  private final Articles articles;
  private final ArticleRevisions revisions;
  private final Sections sections;
  private final Countries countries;
  private final BodyImages bodyImages;
  private final MediaLibrary media;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final Translations translations;

  ArticlePublisher(
      Articles articles,
      ArticleRevisions revisions,
      Sections sections,
      Countries countries,
      BodyImages bodyImages,
      MediaLibrary media,
      ApplicationEventPublisher events,
      Clock clock,
      Translations translations) {
    this.articles = articles;
    this.revisions = revisions;
    this.sections = sections;
    this.countries = countries;
    this.bodyImages = bodyImages;
    this.media = media;
    this.events = events;
    this.clock = clock;
    this.translations = translations;
  }

  /**
   * Stores a new article, as an import or the system.
   *
   * @param publishedAt when it was or will be published; for a published article without one, now
   * @throws InvalidArticle when a field is missing or wrong; nothing is stored then
   */
  @Transactional
  public Article create(Manuscript manuscript, ArticleStatus status, Instant publishedAt) {
    return create(manuscript, status, publishedAt, null, "");
  }

  /**
   * Stores a new article as a translation of another: in that article's translation group, so that
   * each page links the other ({@code hreflang}, "Also in").
   *
   * @throws InvalidArticle when the original does not exist, or its group already has an article in
   *     the manuscript's language; nothing is stored then
   */
  @Transactional
  public Article createTranslation(
      long originalId, Manuscript manuscript, ArticleStatus status, Instant publishedAt) {
    Article original =
        articles
            .findById(originalId)
            .orElseThrow(() -> new InvalidArticle("original: no article " + originalId));
    // Linked like a translation made on the desk, and up to date with the original as it is now.
    return insertTranslation(
        original, Translations.Source.of(original), manuscript, status, publishedAt, null, "");
  }

  @Transactional
  Article create(
      Manuscript manuscript,
      ArticleStatus status,
      Instant publishedAt,
      Long createdBy,
      String actor) {
    Manuscript clean = validated(manuscript);
    String slug = uniqueSlug(clean, 0);
    Instant now = clock.instant();
    Article article =
        articles.insert(
            clean, slug, status, publicationTime(status, publishedAt, now), now, createdBy);
    revisions.append(article, RevisionKind.CREATED, actor, now);
    announce(null, article, actor);
    return article;
  }

  /**
   * Stores a new draft translation of {@code original}: in the original's translation group, linked
   * to it and caught up with {@code source} (the original's text the translator saw).
   *
   * @param publishedAt the date the translation carries when published, or null for its own
   * @throws InvalidArticle when a field is wrong, or the group already has the language
   */
  @Transactional
  Article createTranslation(
      Article original,
      Translations.Source source,
      Manuscript manuscript,
      Instant publishedAt,
      long createdBy,
      String actor) {
    return insertTranslation(
        original, source, manuscript, ArticleStatus.DRAFT, publishedAt, createdBy, actor);
  }

  /**
   * Stores the translation in the original's group, linked to it, and only then says so: the pages
   * told of it (the group's, which name each other) must find it in the group.
   */
  private Article insertTranslation(
      Article original,
      Translations.Source source,
      Manuscript manuscript,
      ArticleStatus status,
      Instant publishedAt,
      Long createdBy,
      String actor) {
    Manuscript clean = validated(manuscript);
    refuseLanguageInGroup(original, clean.language());
    String slug = uniqueSlug(clean, 0);
    Instant now = clock.instant();
    long id =
        articles
            .insert(clean, slug, status, publicationTime(status, publishedAt, now), now, createdBy)
            .id();
    translations.link(id, original, source, now, actor);
    Article article = get(id);
    revisions.append(article, RevisionKind.CREATED, actor, now);
    announce(null, article, actor);
    return article;
  }

  /**
   * Replaces an article's manuscript and state, whatever its version, as an import or the system. A
   * changed title gives a new slug unless the manuscript names one; the old slug keeps redirecting.
   *
   * @throws InvalidArticle when the article does not exist or a field is wrong
   */
  @Transactional
  public Article revise(long id, Manuscript manuscript, ArticleStatus status, Instant publishedAt) {
    Article before = get(id);
    Instant when = publishedAt != null ? publishedAt : before.publishedAt();
    return save(before, before.version(), manuscript, status, when, RevisionKind.SAVED, "");
  }

  /**
   * Saves a manuscript over the article if it is still at {@code expectedVersion}.
   *
   * @throws ArticleConflict when someone saved it in between
   */
  @Transactional
  Article save(
      Article before,
      int expectedVersion,
      Manuscript manuscript,
      ArticleStatus status,
      Instant publishedAt,
      RevisionKind kind,
      String actor) {
    if (before.version() != expectedVersion) {
      throw new ArticleConflict(before);
    }
    Manuscript clean = validated(manuscript);
    String slug =
        clean.slug().isEmpty() && clean.title().equals(before.title())
            ? before.slug()
            : uniqueSlug(clean, before.id());
    Instant now = clock.instant();
    Article after =
        articles
            .update(
                before.id(),
                expectedVersion,
                clean,
                slug,
                status,
                publicationTime(status, publishedAt, now),
                now)
            .orElseThrow(() -> new ArticleConflict(get(before.id())));
    if (kind == RevisionKind.AUTOSAVED) {
      // One autosave revision per person and sitting: the new one replaces the last.
      revisions.dropAutosave(before.id(), before.version(), actor);
    }
    revisions.append(after, kind, actor, now);
    announce(before, after, actor);
    return after;
  }

  /**
   * Changes only the workflow state if the article is still at {@code expectedVersion}.
   *
   * @throws ArticleConflict when someone saved it in between
   */
  @Transactional
  Article changeState(
      Article before,
      int expectedVersion,
      ArticleStatus status,
      Instant publishedAt,
      Instant trashedAt,
      RevisionKind kind,
      String actor) {
    if (before.version() != expectedVersion) {
      throw new ArticleConflict(before);
    }
    Instant now = clock.instant();
    Article after =
        articles
            .changeState(
                before.id(),
                expectedVersion,
                status,
                publicationTime(status, publishedAt, now),
                trashedAt,
                now)
            .orElseThrow(() -> new ArticleConflict(get(before.id())));
    revisions.append(after, kind, actor, now);
    announce(before, after, actor);
    return after;
  }

  /**
   * Publishes one scheduled article that is due, if no one (another node, an editor) changed it
   * since it was seen: a compare-and-set on its version, so it is published exactly once.
   *
   * @return whether this call published it
   */
  @Transactional
  boolean publishDue(Articles.DueArticle due) {
    Article before = articles.findById(due.id()).orElse(null);
    if (before == null
        || before.version() != due.version()
        || before.status() != ArticleStatus.SCHEDULED) {
      return false;
    }
    Instant now = clock.instant();
    return articles
        .changeState(
            due.id(), due.version(), ArticleStatus.PUBLISHED, before.publishedAt(), null, now)
        .map(
            after -> {
              revisions.append(after, RevisionKind.PUBLISHED, "", now);
              announce(before, after, "");
              return true;
            })
        .orElse(false);
  }

  /** Deletes an article and its history for good. */
  @Transactional
  void delete(Article article, String actor) {
    if (articles.delete(article.id())) {
      events.publishEvent(
          new ArticleEvents.ArticleDeleted(article.id(), article.uid(), article.title(), actor));
    }
  }

  Article get(long id) {
    return articles.findById(id).orElseThrow(() -> new ArticleNotFound(id));
  }

  /** A translation group holds one article per language. */
  private void refuseLanguageInGroup(Article original, String language) {
    translations.listGroup(original.translationGroup()).stream()
        .filter(member -> member.language().equalsIgnoreCase(language))
        .findFirst()
        .ifPresent(
            member -> {
              throw new InvalidArticle(
                  "language: this article is already in "
                      + EditionLanguages.nameOf(language)
                      + " ('"
                      + member.title()
                      + "'); translate another language or edit that one");
            });
  }

  private void announce(Article before, Article after, String actor) {
    events.publishEvent(new ArticleEvents.ArticleChanged(after.id(), after.version()));
    events.publishEvent(new ArticleEvents.ArticleSaved(before, after));
    boolean wasLive = before != null && before.isPublished();
    long id = after.id();
    if (after.isPublished()) {
      events.publishEvent(
          wasLive
              ? new ArticleEvents.ArticleRevised(id, after.uid(), after.title(), actor)
              : new ArticleEvents.ArticlePublished(id, after.uid(), after.title(), actor));
    } else if (wasLive || (before != null && before.status() == ArticleStatus.SCHEDULED)) {
      if (after.status() == ArticleStatus.SCHEDULED) {
        events.publishEvent(
            new ArticleEvents.ArticleScheduled(
                id, after.uid(), after.title(), after.publishedAt(), actor));
      } else {
        events.publishEvent(
            new ArticleEvents.ArticleWithdrawn(id, after.uid(), after.title(), actor));
      }
    } else if (after.status() == ArticleStatus.SCHEDULED) {
      events.publishEvent(
          new ArticleEvents.ArticleScheduled(
              id, after.uid(), after.title(), after.publishedAt(), actor));
    }
    if (before != null && !before.isTrashed() && after.isTrashed()) {
      events.publishEvent(new ArticleEvents.ArticleTrashed(id, after.uid(), after.title(), actor));
    } else if (before != null && before.isTrashed() && !after.isTrashed()) {
      events.publishEvent(new ArticleEvents.ArticleRestored(id, after.uid(), after.title(), actor));
    }
  }

  private static Instant publicationTime(ArticleStatus status, Instant requested, Instant now) {
    if (requested != null) {
      return requested;
    }
    return status == ArticleStatus.PUBLISHED ? now : null;
  }

  Manuscript validated(Manuscript m) {
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
    String featuredImage =
        m.featuredImage() == null || m.featuredImage().isBlank() ? null : m.featuredImage().strip();
    if (featuredImage != null && media.findByKey(featuredImage).isEmpty()) {
      throw new InvalidArticle(
          "featured image: no image '" + featuredImage + "' in the media library");
    }
    return new Manuscript(
        language,
        title,
        slug,
        standfirst,
        bodyImages.enrich(BodySanitiser.sanitise(m.body())),
        m.sectionId(),
        List.copyOf(new LinkedHashSet<>(m.authorIds())),
        List.copyOf(new LinkedHashSet<>(m.tagIds())),
        codes,
        featuredImage,
        canonicalUrl(m.canonicalUrl()),
        attribution(m.attribution()));
  }

  /** An absolute http(s) address without user or password, or null for none. */
  private static String canonicalUrl(String url) {
    String typed = url == null ? "" : url.strip();
    if (typed.isEmpty()) {
      return null;
    }
    if (typed.length() > 2000) {
      throw new InvalidArticle("original address: at most 2000 characters");
    }
    try {
      java.net.URI uri = new java.net.URI(typed);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https"))
          && uri.getHost() != null
          && uri.getRawUserInfo() == null) {
        return typed;
      }
    } catch (java.net.URISyntaxException e) {
      // Refused below with the same words as any other wrong address.
    }
    throw new InvalidArticle(
        "original address: '"
            + typed
            + "' is not an absolute http or https address such as https://partner.example/story");
  }

  private static String attribution(String name) {
    String collapsed = TeaserText.collapse(name == null ? "" : name);
    if (collapsed.length() > 200) {
      throw new InvalidArticle("originally published by: at most 200 characters");
    }
    return collapsed.isEmpty() ? null : collapsed;
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
