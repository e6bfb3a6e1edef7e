package org.iskra.publication;

import java.util.ArrayList;
import java.util.List;
import org.iskra.section.Sections;
import org.springframework.stereotype.Service;

/** Builds the {@link PageFrame} of a public page, in the request's edition. Thread-safe. */
@Service
public class PageFrames {

  private final PublicationProfile profile;
  private final Sections sections;
  private final SiteSettings site;
  private final Editions editions;
  private final ReaderLanguages languages;

  PageFrames(
      PublicationProfile profile,
      Sections sections,
      SiteSettings site,
      Editions editions,
      ReaderLanguages languages) {
    this.profile = profile;
    this.sections = sections;
    this.site = site;
    this.editions = editions;
    this.languages = languages;
  }

  /**
   * A frame in the edition of the request being answered ({@link Editions#current()}).
   *
   * @param title the page's own title; empty for the front page
   * @param description the meta description, plain text
   * @param canonicalPath the page's path at the root (the default edition), with its page number
   *     when past the first; the frame puts it in its edition. Empty for a page without one.
   * @param activeSection the slug of the section the page belongs to, or empty
   * @return a frame that names the edition's feeds; see {@link PageFrame#withFeedsOf}. A page with
   *     a canonical path exists in every edition: its alternates and switcher say so.
   */
  public PageFrame frame(
      String title, String description, String canonicalPath, String activeSection) {
    return frame(editions.current(), title, description, canonicalPath, activeSection);
  }

  /** A frame in this edition; see {@link #frame(String, String, String, String)}. */
  public PageFrame frame(
      Edition edition,
      String title,
      String description,
      String canonicalPath,
      String activeSection) {
    return frame(edition, title, description, each -> canonicalPath, activeSection);
  }

  /**
   * A frame in this edition for a page whose path differs between editions (a section named in each
   * language: {@code /americas}, {@code /es/america}).
   *
   * @param canonicalPathIn the page's path at the root in each edition, before the edition's
   *     prefix; the same for every edition, or empty for a page without one (there)
   */
  public PageFrame frame(
      Edition edition,
      String title,
      String description,
      java.util.function.Function<Edition, String> canonicalPathIn,
      String activeSection) {
    String canonicalPath = canonicalPathIn.apply(edition);
    Publication publication = profile.current();
    Words words = languages.of(edition.language());
    List<Alternate> alternates = new ArrayList<>();
    List<EditionLink> switcher = new ArrayList<>();
    if (editions.isMultilingual()) {
      // A later page of a listing may not exist in another edition: the switcher leads to the
      // listing's first page there, and only first pages name their alternates.
      boolean firstPage = canonicalPath.indexOf('?') < 0;
      // Events and appeals are one page for every language: the switcher leads to each
      // edition's front page, and there is no alternate to name.
      boolean withoutEdition = EditionPrefixFilter.isWithoutEdition(canonicalPath);
      for (Edition each : editions.all()) {
        String path = withoutEdition ? "" : canonicalPathIn.apply(each);
        int query = path.indexOf('?');
        String first = query < 0 ? path : path.substring(0, query);
        switcher.add(
            new EditionLink(each, each.path(first.isEmpty() ? "/" : first), each.equals(edition)));
        if (!first.isEmpty() && firstPage) {
          alternates.add(new Alternate(each.language(), each.path(first)));
        }
      }
      String fallback = canonicalPathIn.apply(editions.defaultEdition());
      if (!alternates.isEmpty() && !fallback.isEmpty()) {
        alternates.add(new Alternate(Alternate.X_DEFAULT, fallback));
      }
    }
    return new PageFrame(
        publication,
        sections.listAll(edition.language()),
        title,
        description,
        canonicalPath.isEmpty() ? "" : edition.path(canonicalPath),
        activeSection,
        site,
        FeedLink.of(words, siteName(publication, edition), edition.path("/")),
        edition,
        edition.language(),
        words,
        alternates,
        switcher);
  }

  /** The publication's name, with the edition's language outside the default edition. */
  public String siteName(Publication publication, Edition edition) {
    return edition.isDefault()
        ? publication.name()
        : publication.name() + " (" + edition.nativeName() + ")";
  }

  /** The words of the reader interface in the request's edition. */
  public Words words() {
    return languages.of(editions.current().language());
  }

  /** The words of the reader interface in a language (English when it has none). */
  public Words wordsIn(String language) {
    return languages.of(language);
  }
}
