package org.iskra.article;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.iskra.account.Account;
import org.iskra.author.Authors;
import org.iskra.media.MediaLibrary;
import org.iskra.tag.Tags;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The desk's way through an article's life: start, save, autosave, publish, schedule, unpublish,
 * trash, restore, delete and go back to a revision, each checked against the acting account's role
 * ({@link ArticlePolicy}) and against the version the editor started from, so that nothing is
 * silently overwritten. Each call is one transaction.
 */
@Service
public class EditorialWorkflow {

  /** Bylines and tags per article, at most. */
  private static final int MAX_NAMES = 30;

  private final ArticlePublisher publisher;
  private final ArticleRevisions revisions;
  private final Authors authors;
  private final Tags tags;
  private final BodyImages bodyImages;
  private final MediaLibrary media;
  private final Clock clock;
  private final Translations translations;

  EditorialWorkflow(
      ArticlePublisher publisher,
      ArticleRevisions revisions,
      Authors authors,
      Tags tags,
      BodyImages bodyImages,
      MediaLibrary media,
      Clock clock,
      Translations translations) {
    this.publisher = publisher;
    this.revisions = revisions;
    this.authors = authors;
    this.tags = tags;
    this.bodyImages = bodyImages;
    this.media = media;
    this.clock = clock;
    this.translations = translations;
  }

  /** The article, if this account may open it in the editor. */
  public Article open(Account by, long id) {
    Article article = publisher.get(id);
    if (!ArticlePolicy.canEdit(by, article) && !ArticlePolicy.canPublish(by, article)) {
      throw new AccessDeniedException("You may not edit this article");
    }
    return article;
  }

  /** What this account may do to the article, for the editor's buttons. */
  public Permissions permissions(Account by, Article article) {
    return new Permissions(
        article == null || ArticlePolicy.canEdit(by, article),
        article == null
            ? ArticlePolicy.canPublishAnything(by)
            : ArticlePolicy.canPublish(by, article),
        article != null && ArticlePolicy.canTrash(by, article),
        ArticlePolicy.canDelete(by));
  }

  /** What an account may do to one article. */
  public record Permissions(boolean edit, boolean publish, boolean trash, boolean delete) {}

  /**
   * Starts a new article as a draft owned by {@code by}, then applies the action (a new article can
   * be published at once by those allowed to).
   */
  @Transactional
  public Article start(Account by, ArticleEdit edit, EditorialAction action, Instant at) {
    if (action != EditorialAction.SAVE && !ArticlePolicy.canPublishAnything(by)) {
      throw new AccessDeniedException("Contributors cannot publish; an editor will");
    }
    Article draft =
        publisher.create(manuscript(edit), ArticleStatus.DRAFT, null, by.id(), by.email());
    return action == EditorialAction.SAVE ? draft : save(by, draft.id(), 1, edit, action, at);
  }

  /**
   * Starts a translation of {@code originalId} as a draft owned by {@code by}, in the original's
   * translation group and linked to it, then applies the action like {@link #start}.
   *
   * @param sourceVersion the original's version the translator was shown; the translation is caught
   *     up with that text, so a change made to the original meanwhile shows as out of date
   * @param at the publication date to carry (the original's, offered by the form), or null
   */
  @Transactional
  public Article translate(
      Account by,
      long originalId,
      int sourceVersion,
      ArticleEdit edit,
      EditorialAction action,
      Instant at) {
    Article original = publisher.get(originalId);
    if (!ArticlePolicy.canTranslate(by, original)) {
      throw new AccessDeniedException("You may not translate this article");
    }
    if (action != EditorialAction.SAVE && !ArticlePolicy.canPublishAnything(by)) {
      throw new AccessDeniedException("Contributors cannot publish; an editor will");
    }
    Article draft =
        publisher.createTranslation(
            original,
            source(original, sourceVersion),
            manuscript(edit),
            action == EditorialAction.SAVE && ArticlePolicy.canPublishAnything(by) ? at : null,
            by.id(),
            by.email());
    return action == EditorialAction.SAVE
        ? draft
        : save(by, draft.id(), draft.version(), edit, action, at);
  }

  /**
   * Saves a translation like {@link #save}, and records in the same transaction that it now renders
   * its original as of {@code sourceVersion} (the version shown beside it): the translator's
   * "brought up to date" tick. A plain save never clears the out-of-date mark, since fixing a typo
   * in a translation does not bring it up to date.
   */
  @Transactional
  public Article saveTranslation(
      Account by,
      long id,
      int version,
      ArticleEdit edit,
      EditorialAction action,
      Instant at,
      int sourceVersion) {
    Article saved = save(by, id, version, edit, action, at);
    Translations.Link link =
        translations
            .find(id)
            .orElseThrow(() -> new InvalidArticle("This article is not a translation"));
    Article original = publisher.get(link.originalId());
    translations.bringUpToDate(id, source(original, sourceVersion), clock.instant(), by.email());
    return saved;
  }

  /**
   * The original's text at {@code version}: the stored article when that is its version, else its
   * revision. A version it never had, or whose revision is gone, is refused rather than guessed,
   * since guessing the current text would hide a change.
   */
  Translations.Source source(Article original, int version) {
    if (version == original.version()) {
      return Translations.Source.of(original);
    }
    Manuscript earlier =
        revisions
            .find(original.id(), version)
            .map(ArticleRevision::manuscript)
            .orElseThrow(
                () ->
                    new InvalidArticle(
                        "The original has changed since this page was opened; open it again to"
                            + " see its current text"));
    return new Translations.Source(version, earlier.title(), earlier.standfirst(), earlier.body());
  }

  /**
   * Saves the editor's text over the version they started from and applies the action.
   *
   * @param at the publication time asked for (required to schedule), or null
   * @throws ArticleConflict when someone else saved since {@code version}
   * @throws InvalidArticle when a field is wrong or the action is impossible
   * @throws AccessDeniedException when the role does not allow it
   */
  @Transactional
  public Article save(
      Account by, long id, int version, ArticleEdit edit, EditorialAction action, Instant at) {
    Article current = publisher.get(id);
    if (current.isTrashed()) {
      throw new InvalidArticle("This article is in the trash; restore it before editing");
    }
    if (!ArticlePolicy.canEdit(by, current)) {
      throw new AccessDeniedException("You may not edit this article");
    }
    if (action != EditorialAction.SAVE && !ArticlePolicy.canPublish(by, current)) {
      throw new AccessDeniedException("Your role cannot publish, schedule or unpublish");
    }
    if (current.version() != version) {
      throw new ArticleConflict(current);
    }
    Instant now = clock.instant();
    ArticleStatus status;
    Instant publishedAt;
    RevisionKind kind;
    switch (action) {
      case PUBLISH -> {
        if (at != null && at.isAfter(now)) {
          throw new InvalidArticle("publish time: a time in the future schedules the article");
        }
        status = ArticleStatus.PUBLISHED;
        publishedAt = at != null ? at : (current.isPublished() ? current.publishedAt() : now);
        kind = RevisionKind.PUBLISHED;
      }
      case SCHEDULE -> {
        if (at == null || !at.isAfter(now)) {
          throw new InvalidArticle("publish time: to schedule, give a time in the future");
        }
        status = ArticleStatus.SCHEDULED;
        publishedAt = at;
        kind = RevisionKind.SCHEDULED;
      }
      case UNPUBLISH -> {
        status =
            current.status() == ArticleStatus.SCHEDULED
                ? ArticleStatus.DRAFT
                : ArticleStatus.UNPUBLISHED;
        publishedAt = current.status() == ArticleStatus.SCHEDULED ? null : current.publishedAt();
        kind = RevisionKind.UNPUBLISHED;
      }
      default -> {
        status = current.status();
        publishedAt =
            at != null && ArticlePolicy.canPublish(by, current) && status.isPublic()
                ? at
                : current.publishedAt();
        if (status == ArticleStatus.SCHEDULED && !publishedAt.isAfter(now)) {
          throw new InvalidArticle("publish time: a scheduled article needs a time in the future");
        }
        kind = RevisionKind.SAVED;
      }
    }
    Manuscript manuscript = manuscript(edit);
    if (status.isPublic()) {
      requireAltText(manuscript);
    }
    return publisher.save(current, version, manuscript, status, publishedAt, kind, by.email());
  }

  /**
   * Keeps a draft's text while it is being written. Only drafts are autosaved: a published article
   * changes for readers only when someone presses Save.
   */
  @Transactional
  public Article autosave(Account by, long id, int version, ArticleEdit edit) {
    Article current = publisher.get(id);
    if (!ArticlePolicy.canEdit(by, current)) {
      throw new AccessDeniedException("You may not edit this article");
    }
    if (current.status() != ArticleStatus.DRAFT || current.isTrashed()) {
      throw new InvalidArticle("Only drafts are autosaved; save this article to keep changes");
    }
    if (current.version() != version) {
      throw new ArticleConflict(current);
    }
    return publisher.save(
        current,
        version,
        manuscript(edit),
        ArticleStatus.DRAFT,
        null,
        RevisionKind.AUTOSAVED,
        by.email());
  }

  /** Moves the article to the trash; a live or scheduled article is taken off first. */
  @Transactional
  public Article trash(Account by, long id, int version) {
    Article current = publisher.get(id);
    if (!ArticlePolicy.canTrash(by, current)) {
      throw new AccessDeniedException("You may not move this article to the trash");
    }
    if (current.isTrashed()) {
      return current;
    }
    ArticleStatus status =
        switch (current.status()) {
          case PUBLISHED -> ArticleStatus.UNPUBLISHED;
          case SCHEDULED -> ArticleStatus.DRAFT;
          default -> current.status();
        };
    Instant publishedAt =
        current.status() == ArticleStatus.SCHEDULED ? null : current.publishedAt();
    return publisher.changeState(
        current, version, status, publishedAt, clock.instant(), RevisionKind.TRASHED, by.email());
  }

  /** Takes the article out of the trash, as it was when it went in (never live). */
  @Transactional
  public Article restore(Account by, long id, int version) {
    Article current = publisher.get(id);
    if (!ArticlePolicy.canTrash(by, current)) {
      throw new AccessDeniedException("You may not restore this article");
    }
    if (!current.isTrashed()) {
      return current;
    }
    return publisher.changeState(
        current,
        version,
        current.status(),
        current.publishedAt(),
        null,
        RevisionKind.RESTORED,
        by.email());
  }

  /** Deletes a trashed article and its history for good. */
  @Transactional
  public void delete(Account by, long id) {
    Article current = publisher.get(id);
    if (!ArticlePolicy.canDelete(by)) {
      throw new AccessDeniedException("Only editors and administrators delete articles");
    }
    if (!current.isTrashed()) {
      throw new InvalidArticle("Move the article to the trash before deleting it");
    }
    publisher.delete(current, by.email());
  }

  /** Saves an earlier revision's text as the newest version; the state stays as it is. */
  @Transactional
  public Article revert(Account by, long id, int version, int revisionVersion) {
    Article current = publisher.get(id);
    if (!ArticlePolicy.canEdit(by, current) || current.isTrashed()) {
      throw new AccessDeniedException("You may not change this article");
    }
    ArticleRevision revision =
        revisions
            .find(id, revisionVersion)
            .orElseThrow(() -> new InvalidArticle("No revision " + revisionVersion));
    Manuscript earlier = revision.manuscript();
    if (current.status().isPublic()) {
      requireAltText(earlier);
    }
    return publisher.save(
        current,
        version,
        earlier,
        current.status(),
        current.publishedAt(),
        RevisionKind.REVERTED,
        by.email());
  }

  /** The article's history, newest first. */
  public List<ArticleRevision> history(Account by, long id) {
    open(by, id);
    return revisions.list(id);
  }

  public ArticleRevision revision(Account by, long id, int version) {
    open(by, id);
    return revisions
        .find(id, version)
        .orElseThrow(() -> new InvalidArticle("No revision " + version));
  }

  private Manuscript manuscript(ArticleEdit edit) {
    return new Manuscript(
        edit.language(),
        edit.title(),
        edit.slug(),
        edit.standfirst(),
        edit.body(),
        edit.sectionId(),
        names(edit.authorNames(), "authors").stream()
            .map(name -> authors.findOrCreateByName(name).id())
            .toList(),
        names(edit.tagNames(), "tags").stream()
            .map(name -> tags.findOrCreateByName(name).id())
            .toList(),
        edit.countryCodes(),
        edit.featuredImage());
  }

  private static List<String> names(List<String> typed, String field) {
    List<String> clean = new ArrayList<>();
    for (String name : new LinkedHashSet<>(typed)) {
      String collapsed = TeaserText.collapse(name);
      if (collapsed.isEmpty()) {
        continue;
      }
      if (collapsed.length() > 120) {
        throw new InvalidArticle(field + ": a name of at most 120 characters, not '" + name + "'");
      }
      clean.add(collapsed);
    }
    if (clean.size() > MAX_NAMES) {
      throw new InvalidArticle(field + ": at most " + MAX_NAMES + ", not " + clean.size());
    }
    return clean;
  }

  /** Every image readers will see must be described: the body's and the featured image. */
  private void requireAltText(Manuscript manuscript) {
    List<String> missing =
        new ArrayList<>(
            AltText.imagesWithout(bodyImages.enrich(BodySanitiser.sanitise(manuscript.body()))));
    String featured = manuscript.featuredImage();
    if (featured != null && !featured.isBlank()) {
      media
          .findByKey(featured.strip())
          .filter(image -> !image.hasAltText())
          .ifPresent(image -> missing.add("the featured image " + image.key()));
    }
    if (!missing.isEmpty()) {
      throw new InvalidArticle(
          "images: every image needs alt text (a description for readers who cannot see it)"
              + " before publishing; missing for "
              + String.join(", ", missing)
              + ". Describe them in the editor or in the media library.");
    }
  }
}
