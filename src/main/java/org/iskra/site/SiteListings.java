package org.iskra.site;

import gg.jte.Content;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.iskra.article.ArticleListings;
import org.iskra.article.Listing;
import org.iskra.article.PublishedSpan;
import org.iskra.author.Author;
import org.iskra.geo.Country;
import org.iskra.publication.Edition;
import org.iskra.publication.PageFrames;
import org.iskra.publication.PublicationProfile;
import org.iskra.publication.Words;
import org.iskra.section.Section;
import org.iskra.section.Sections;
import org.iskra.tag.Tag;
import org.iskra.tag.Tags;
import org.springframework.stereotype.Component;

/**
 * The site's listings (front page, sections, authors, tags, countries, archive periods) as the
 * pages answering a reader and the drawing of the whole site both see them: one place says what
 * each listing's pages are titled and where they live. Words are those of the request's edition.
 */
@Component
class SiteListings {

  private final ArticleListings listings;
  private final Sections sections;
  private final Tags tags;
  private final PageFrames frames;
  private final PublicationProfile profile;
  private final List<FrontPageBlocks> blocks;

  SiteListings(
      ArticleListings listings,
      Sections sections,
      Tags tags,
      PageFrames frames,
      PublicationProfile profile,
      List<FrontPageBlocks> blocks) {
    this.blocks = blocks;
    this.listings = listings;
    this.sections = sections;
    this.tags = tags;
    this.frames = frames;
    this.profile = profile;
  }

  /**
   * Every published article, newest first.
   *
   * @param pageAsked whether the address names a page ({@code /?page=2}): the bare front page has
   *     no title of its own, only the publication's name
   */
  ListingSpec front(boolean pageAsked) {
    String latest = frames.words().t("front.latest");
    return new ListingSpec(
        Listing.everything(),
        new ListingPage.Heading("", latest, "", true),
        pageAsked ? latest : "",
        profile.current().tagline(),
        "/",
        "",
        false);
  }

  /**
   * What other features put at the top of the front page (an appeal's progress): on the bare front
   * page of the default edition only, whose language they are written in.
   */
  List<Content> frontBlocks(Edition edition, boolean pageAsked) {
    return !pageAsked && edition.isDefault()
        ? blocks.stream().flatMap(source -> source.blocks().stream()).toList()
        : List.of();
  }

  ListingSpec section(Section section) {
    Words words = frames.words();
    String description =
        section.description().isEmpty()
            ? words.t("section.description", section.name())
            : section.description();
    return new ListingSpec(
        Listing.inSection(section.id()),
        new ListingPage.Heading(
            words.t("kind.section"), section.name(), section.description(), false),
        section.name(),
        description,
        each -> sections.findById(section.id(), each.language()).map(Section::path).orElseThrow(),
        section.slug(),
        false);
  }

  ListingSpec author(Author author) {
    Words words = frames.words();
    return new ListingSpec(
        Listing.byAuthor(author.id()),
        new ListingPage.Heading(words.t("kind.author"), author.name(), author.bio(), false),
        author.name(),
        author.bio().isEmpty() ? words.t("author.description", author.name()) : author.bio(),
        author.path(),
        "",
        false);
  }

  ListingSpec tag(Tag tag) {
    Words words = frames.words();
    return new ListingSpec(
        Listing.taggedWith(tag.id()),
        new ListingPage.Heading(words.t("kind.topic"), tag.name(), "", false),
        tag.name(),
        words.t("tag.description", tag.name()),
        each -> tags.findById(tag.id(), each.language()).map(Tag::path).orElseThrow(),
        "",
        false);
  }

  ListingSpec country(Country country) {
    Words words = frames.words();
    String name = words.country(country.code(), country.name());
    return new ListingSpec(
        Listing.aboutCountry(country.code()),
        new ListingPage.Heading(region(words, country.region()), name, "", false),
        name,
        words.t("country.description", name),
        country.path(),
        "",
        false);
  }

  /** A year of the archive. */
  ListingSpec year(int year) {
    YearMonth january = YearMonth.of(year, 1);
    return period(january, january.plusYears(1), String.valueOf(year), "/archive/" + year);
  }

  /** A month of the archive. */
  ListingSpec month(YearMonth month) {
    return period(
        month, month.plusMonths(1), frames.words().month(month), ArchiveMonth.path(month));
  }

  /** The articles published from the first day of {@code from} up to that of {@code until}. */
  private ListingSpec period(YearMonth from, YearMonth until, String label, String path) {
    ZoneId zone = profile.current().zone();
    Words words = frames.words();
    return new ListingSpec(
        Listing.publishedBetween(startOf(from, zone), startOf(until, zone)),
        new ListingPage.Heading(words.t("archive.title"), label, "", false),
        label,
        words.t("archive.period-description", label),
        path,
        "",
        true);
  }

  /**
   * The archive's years and, in each, its months with at least one article of the edition, newest
   * first.
   */
  List<ArchiveYear> archiveYears(Edition edition) {
    ZoneId zone = profile.current().zone();
    Words words = frames.words();
    Listing inEdition = listings.inEdition(Listing.everything(), edition);
    PublishedSpan span = listings.publishedSpan(inEdition).orElse(null);
    if (span == null) {
      return List.of();
    }
    YearMonth first = YearMonth.from(span.first().atZone(zone));
    YearMonth last = YearMonth.from(span.last().atZone(zone));
    List<YearMonth> months = new ArrayList<>();
    List<Instant> boundaries = new ArrayList<>();
    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
      months.add(m);
      boundaries.add(startOf(m, zone));
    }
    boundaries.add(startOf(last.plusMonths(1), zone));
    List<Long> counts = listings.countPerPeriod(boundaries, inEdition);
    List<ArchiveYear> years = new ArrayList<>();
    for (int year = last.getYear(); year >= first.getYear(); year--) {
      List<ArchiveMonth> inYear = new ArrayList<>();
      for (int i = months.size() - 1; i >= 0; i--) {
        if (months.get(i).getYear() == year && counts.get(i) > 0) {
          inYear.add(
              new ArchiveMonth(months.get(i), counts.get(i), words.monthName(months.get(i))));
        }
      }
      if (!inYear.isEmpty()) {
        years.add(new ArchiveYear(year, inYear));
      }
    }
    return years;
  }

  private static Instant startOf(YearMonth month, ZoneId zone) {
    return month.atDay(1).atStartOfDay(zone).toInstant();
  }

  /** A region's name in the reader's language ("Americas" → "Américas"). */
  static String region(Words words, String region) {
    return words.tOr(
        "region." + region.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'), region);
  }
}
