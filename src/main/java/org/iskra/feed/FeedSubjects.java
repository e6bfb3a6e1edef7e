package org.iskra.feed;

import java.util.Optional;
import org.iskra.article.Listing;
import org.iskra.author.Author;
import org.iskra.author.Authors;
import org.iskra.feed.FeedAssembler.Subject;
import org.iskra.geo.Countries;
import org.iskra.geo.Country;
import org.iskra.publication.Editions;
import org.iskra.publication.PageFrames;
import org.iskra.publication.Words;
import org.iskra.section.Section;
import org.iskra.section.Sections;
import org.iskra.tag.Tag;
import org.iskra.tag.Tags;
import org.springframework.stereotype.Component;

/**
 * What each feed follows, named and described in the edition being drawn ({@link
 * Editions#current()}): found by the slug of a feed's address for {@link FeedController}, or made
 * from a section, author, tag or country already listed for {@link FeedDrawer}. One place for both,
 * so that a drawn feed says what the served one says. Thread-safe.
 */
@Component
class FeedSubjects {

  private final Sections sections;
  private final Authors authors;
  private final Tags tags;
  private final Countries countries;
  private final PageFrames frames;
  private final Editions editions;

  FeedSubjects(
      Sections sections,
      Authors authors,
      Tags tags,
      Countries countries,
      PageFrames frames,
      Editions editions) {
    this.sections = sections;
    this.authors = authors;
    this.tags = tags;
    this.countries = countries;
    this.frames = frames;
    this.editions = editions;
  }

  /** The whole site: its name and tagline are the publication's (see {@link FeedAssembler}). */
  Subject site() {
    return new Subject("", "", "/", Listing.everything());
  }

  /**
   * The section with this slug in the current edition; empty for another edition's slug of it,
   * which has a page that redirects but no feed.
   */
  Optional<Subject> section(String slug) {
    return sections
        .findBySlug(editions.current().language(), slug)
        .filter(found -> found.slug().equals(slug))
        .map(this::section);
  }

  /** A section as the current edition names it. */
  Subject section(Section section) {
    String description =
        section.description().isEmpty()
            ? frames.words().t("feed.latest", section.name())
            : section.description();
    return new Subject(
        section.name(), description, section.path(), Listing.inSection(section.id()));
  }

  Optional<Subject> author(String slug) {
    return authors.findBySlug(slug).map(this::author);
  }

  Subject author(Author author) {
    return new Subject(
        author.name(),
        author.bio().isEmpty()
            ? frames.words().t("author.description", author.name())
            : author.bio(),
        author.path(),
        Listing.byAuthor(author.id()));
  }

  /** The tag with this slug in the current edition; empty for another edition's slug of it. */
  Optional<Subject> tag(String slug) {
    return tags.findBySlug(editions.current().language(), slug)
        .filter(found -> found.slug().equals(slug))
        .map(this::tag);
  }

  /** A tag as the current edition names it. */
  Subject tag(Tag tag) {
    return new Subject(
        tag.name(),
        frames.words().t("tag.description", tag.name()),
        tag.path(),
        Listing.taggedWith(tag.id()));
  }

  Optional<Subject> country(String code) {
    return countries.find(code).map(this::country);
  }

  /** A country, named in the current edition's language. */
  Subject country(Country country) {
    Words words = frames.words();
    String name = words.country(country.code(), country.name());
    return new Subject(
        name,
        words.t("country.description", name),
        country.path(),
        Listing.aboutCountry(country.code()));
  }
}
