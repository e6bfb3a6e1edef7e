package org.iskra.syndication;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.iskra.article.Article;
import org.iskra.article.ArticleCatalogue;
import org.iskra.article.ArticlePublisher;
import org.iskra.article.ArticleView;
import org.iskra.article.Manuscript;
import org.iskra.author.Authors;
import org.iskra.publication.PublicationProfile;
import org.iskra.section.Section;
import org.iskra.section.Sections;
import org.iskra.tag.Tags;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores one imported item in one transaction: its section, authors and tags, the article, the
 * record of the import, its old addresses and files. Idempotent: an item stored before and
 * unchanged is skipped; a changed one revises its article, unless someone edited the article in
 * Iskra since, which is never overwritten.
 */
@Service
class ItemImporter {

  private final ArticlePublisher publisher;
  private final ArticleCatalogue catalogue;
  private final Sections sections;
  private final Authors authors;
  private final Tags tags;
  private final ImportedItems items;
  private final PublicationProfile profile;
  private final Clock clock;

  ItemImporter(
      ArticlePublisher publisher,
      ArticleCatalogue catalogue,
      Sections sections,
      Authors authors,
      Tags tags,
      ImportedItems items,
      PublicationProfile profile,
      Clock clock) {
    this.publisher = publisher;
    this.catalogue = catalogue;
    this.sections = sections;
    this.authors = authors;
    this.tags = tags;
    this.items = items;
    this.profile = profile;
    this.clock = clock;
  }

  /**
   * Imports or updates the item, or says why not.
   *
   * @throws org.iskra.article.InvalidArticle when the article would be invalid; nothing is stored
   * @throws org.iskra.section.InvalidSection when its section cannot exist; nothing is stored
   */
  @Transactional
  public ImportReport.Item importItem(ImportedPost post) {
    String hash = post.contentHash();
    // Feeds have no stable ids everywhere: an entry whose GUID changed is still the same link.
    boolean byUrl = post.kind().equals(FeedFileImporter.KIND);
    Optional<ImportedItems.Imported> before =
        items
            .find(post.kind(), post.sourceId())
            .or(() -> byUrl ? items.findByUrl(post.kind(), post.sourceUrl()) : Optional.empty());
    if (before.isPresent() && before.get().contentHash().equals(hash)) {
      return result(post, ImportReport.Outcome.SKIPPED, "unchanged", before.get().articleId());
    }
    Article article;
    ImportReport.Outcome outcome;
    if (before.isPresent()) {
      ImportedItems.Imported imported = before.get();
      Optional<ArticleView> current = catalogue.find(imported.articleId());
      if (current.isPresent() && current.get().article().version() != imported.articleVersion()) {
        return result(
            post,
            ImportReport.Outcome.SKIPPED,
            "changed in the source, but edited in Iskra since the import; not overwritten",
            imported.articleId());
      }
      // Sections, authors and tags only once it is certain that the article is written.
      article =
          publisher.revise(
              imported.articleId(), manuscript(post), post.status(), post.publishedAt());
      outcome = ImportReport.Outcome.UPDATED;
    } else {
      article = publisher.create(manuscript(post), post.status(), post.publishedAt());
      outcome = ImportReport.Outcome.IMPORTED;
    }
    Instant now = clock.instant();
    String sourceId = before.map(ImportedItems.Imported::sourceId).orElse(post.sourceId());
    items.save(post.kind(), sourceId, post.sourceUrl(), article.id(), article.version(), hash, now);
    for (String path : post.legacyPaths()) {
      items.addLegacyPath(path, article.id());
    }
    items.replaceAttachments(article.id(), post.attachments());
    for (ImportedPost.MediaFile file : post.media()) {
      items.saveMediaKey(post.kind(), file.path(), file.url(), article.id(), file.mediaKey(), now);
    }
    return result(post, outcome, "", article.id());
  }

  private Manuscript manuscript(ImportedPost post) {
    Section section =
        sections
            .findBySlug(post.sectionSlug())
            .orElseGet(
                () ->
                    sections.save(
                        post.sectionSlug(), post.sectionName(), "", sections.listAll().size()));
    List<Long> authorIds =
        post.authorNames().stream()
            .filter(name -> !name.isBlank())
            .map(name -> authors.findOrCreateByName(name.strip()).id())
            .toList();
    List<Long> tagIds =
        post.tagNames().stream()
            .filter(name -> !name.isBlank())
            .map(name -> tags.findOrCreateByName(name.strip()).id())
            .toList();
    return new Manuscript(
        profile.current().language(),
        post.title(),
        "",
        post.standfirst(),
        post.body(),
        section.id(),
        authorIds,
        tagIds,
        List.of(),
        post.featuredImage());
  }

  private static ImportReport.Item result(
      ImportedPost post, ImportReport.Outcome outcome, String reason, long articleId) {
    return new ImportReport.Item(post.position(), post.label(), outcome, reason, articleId);
  }
}
