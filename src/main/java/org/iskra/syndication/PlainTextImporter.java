package org.iskra.syndication;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.iskra.article.ArticlePublisher;
import org.iskra.article.ArticleStatus;
import org.iskra.article.Manuscript;
import org.iskra.article.TeaserText;
import org.iskra.publication.PublicationProfile;
import org.iskra.section.Section;
import org.iskra.section.Sections;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * Turns each paragraph of a plain-text file into an article of one section. The paragraphs are
 * taken to be listed newest first, as a front page lists them: the first gets the latest
 * publication time, each next one a minute earlier. All or nothing: one transaction for the whole
 * file.
 */
@Service
public class PlainTextImporter {

  /** Longest headline derived from a paragraph. */
  static final int TITLE_LIMIT = 120;

  private final ArticlePublisher publisher;
  private final Sections sections;
  private final PublicationProfile profile;
  private final Clock clock;

  PlainTextImporter(
      ArticlePublisher publisher, Sections sections, PublicationProfile profile, Clock clock) {
    this.publisher = publisher;
    this.sections = sections;
    this.profile = profile;
    this.clock = clock;
  }

  /**
   * Imports the text.
   *
   * @param name the file's name, for error messages
   * @param sectionSlug the section of every article; created, named after the slug, if missing
   * @throws UnreadableText when the content is not importable plain text
   * @throws org.iskra.section.InvalidSection when the section slug cannot be a section
   */
  @Transactional
  public TextImportReport importText(
      byte[] content, String name, String sectionSlug, ArticleStatus status) {
    List<String> paragraphs = PlainText.paragraphs(content, name);
    boolean sectionCreated = sections.findBySlug(sectionSlug).isEmpty();
    Section section =
        sectionCreated
            ? sections.save(sectionSlug, nameFromSlug(sectionSlug), "", sections.listAll().size())
            : sections.findBySlug(sectionSlug).orElseThrow();
    String language = profile.current().language();
    Instant newest = clock.instant();
    for (int i = 0; i < paragraphs.size(); i++) {
      String paragraph = paragraphs.get(i);
      Manuscript manuscript =
          new Manuscript(
              language,
              TeaserText.headline(paragraph, TITLE_LIMIT),
              "",
              "",
              "<p>" + HtmlUtils.htmlEscape(paragraph) + "</p>",
              section.id(),
              List.of(),
              List.of(),
              List.of(),
              null);
      Instant publishedAt =
          status == ArticleStatus.PUBLISHED ? newest.minus(Duration.ofMinutes(i)) : null;
      publisher.create(manuscript, status, publishedAt);
    }
    return new TextImportReport(paragraphs.size(), section, sectionCreated);
  }

  private static String nameFromSlug(String slug) {
    String words = slug.replace('-', ' ');
    return words.isEmpty() ? slug : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
