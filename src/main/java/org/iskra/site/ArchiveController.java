package org.iskra.site;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.iskra.article.ArticleListings;
import org.iskra.article.Listing;
import org.iskra.article.PublishedSpan;
import org.iskra.publication.Editions;
import org.iskra.publication.PageFrames;
import org.iskra.publication.PageTags;
import org.iskra.publication.PublicationProfile;
import org.iskra.publication.Words;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The archive by year and month. Months are the publication's calendar months (its timezone), so an
 * article published late on 31 October UTC may belong to November in Asia.
 */
@Controller
class ArchiveController {

  private final ListingPages pages;
  private final ArticleListings listings;
  private final PublicationProfile profile;
  private final PageFrames frames;
  private final Editions editions;

  ArchiveController(
      ListingPages pages,
      ArticleListings listings,
      PublicationProfile profile,
      PageFrames frames,
      Editions editions) {
    this.editions = editions;
    this.pages = pages;
    this.listings = listings;
    this.profile = profile;
    this.frames = frames;
  }

  @GetMapping("/archive")
  String index(Model model) {
    ZoneId zone = profile.current().zone();
    Words words = frames.words();
    Listing edition = listings.inEdition(Listing.everything(), editions.current());
    List<ArchiveYear> years = new ArrayList<>();
    listings
        .publishedSpan(edition)
        .ifPresent(span -> years.addAll(archiveYears(span, zone, edition, words)));
    model.addAttribute(
        "frame",
        frames.frame(words.t("archive.title"), words.t("archive.description"), "/archive", ""));
    model.addAttribute("years", years);
    PageTags.add(PageTags.listing("/archive"));
    return "site/archive";
  }

  @GetMapping("/archive/{year:\\d{4}}")
  String year(
      @PathVariable int year,
      @RequestParam(name = "page", required = false) String page,
      Model model) {
    YearMonth january = YearMonth.of(year, 1);
    return period(
        model, page, january, january.plusYears(1), String.valueOf(year), "/archive/" + year);
  }

  @GetMapping("/archive/{year:\\d{4}}/{month:\\d{2}}")
  String month(
      @PathVariable int year,
      @PathVariable int month,
      @RequestParam(name = "page", required = false) String page,
      Model model) {
    if (!ArchiveMonth.isMonth(month)) {
      throw PageNumber.notFound();
    }
    YearMonth period = YearMonth.of(year, month);
    return period(
        model,
        page,
        period,
        period.plusMonths(1),
        frames.words().month(period),
        ArchiveMonth.path(period));
  }

  /** The articles published from the first day of {@code from} up to that of {@code until}. */
  private String period(
      Model model, String page, YearMonth from, YearMonth until, String label, String path) {
    ZoneId zone = profile.current().zone();
    Words words = frames.words();
    return pages.render(
        model,
        Listing.publishedBetween(startOf(from, zone), startOf(until, zone)),
        page,
        new ListingPage.Heading(words.t("archive.title"), label, "", false),
        label,
        words.t("archive.period-description", label),
        path,
        "",
        true);
  }

  private static Instant startOf(YearMonth month, ZoneId zone) {
    return month.atDay(1).atStartOfDay(zone).toInstant();
  }

  private List<ArchiveYear> archiveYears(
      PublishedSpan span, ZoneId zone, Listing edition, Words words) {
    YearMonth first = YearMonth.from(span.first().atZone(zone));
    YearMonth last = YearMonth.from(span.last().atZone(zone));
    List<YearMonth> months = new ArrayList<>();
    List<Instant> boundaries = new ArrayList<>();
    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
      months.add(m);
      boundaries.add(startOf(m, zone));
    }
    boundaries.add(startOf(last.plusMonths(1), zone));
    List<Long> counts = listings.countPerPeriod(boundaries, edition);
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
}
