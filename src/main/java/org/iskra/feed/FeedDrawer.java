package org.iskra.feed;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.iskra.article.ArticleListings;
import org.iskra.article.Listing;
import org.iskra.author.Author;
import org.iskra.feed.FeedAssembler.Subject;
import org.iskra.geo.Countries;
import org.iskra.geo.Country;
import org.iskra.publication.DrawingScope;
import org.iskra.publication.Edition;
import org.iskra.publication.Editions;
import org.iskra.publication.PageDrawer;
import org.iskra.publication.PageSink;
import org.iskra.section.Section;
import org.iskra.section.Sections;
import org.iskra.tag.Tag;
import org.springframework.stereotype.Component;

/**
 * Draws every feed of the site in-process, for the static copy: the same bodies the site answers
 * (through the one path {@link FeedController} answers with), without a request each.
 *
 * <p>The feeds drawn are exactly those a reader following links reaches, in every edition: the
 * site's; every section's (the navigation links every section, even an empty one); and those of
 * every author and tag with a published article in any edition (the sitemap lists their pages in
 * every edition), and of every country with a published article in some edition (its page there
 * links its page in every other edition as an alternate). A subject without any published article
 * has no page that links its feeds, so none is drawn for it.
 *
 * <p>Thread-safe. Subjects are listed once per {@link #drawing}; each subject's newest articles are
 * read once for its three formats.
 */
@Component
public class FeedDrawer implements PageDrawer {

  /** Subjects per job: enough to amortise a job's start, few enough to spread over threads. */
  static final int JOB_SIZE = 50;

  private final Editions editions;
  private final ArticleListings listings;
  private final Sections sections;
  private final Countries countries;
  private final FeedSubjects subjects;
  private final FeedAssembler assembler;

  FeedDrawer(
      Editions editions,
      ArticleListings listings,
      Sections sections,
      Countries countries,
      FeedSubjects subjects,
      FeedAssembler assembler) {
    this.editions = editions;
    this.listings = listings;
    this.sections = sections;
    this.countries = countries;
    this.subjects = subjects;
    this.assembler = assembler;
  }

  /**
   * Every feed the static copy holds, as independent jobs: each draws its feeds in their edition
   * ({@link DrawingScope}) and hands each to {@code sink} with its address ({@code
   * /es/america/feed.xml}), its {@code Content-Type} and its body, exactly as the site answers
   * them. The subjects are listed now; the jobs read each subject's articles when run, on any
   * thread and in any order. A job that fails throws; the others are unaffected.
   */
  @Override
  public List<Runnable> drawing(PageSink sink) {
    return drawing(sink, JOB_SIZE);
  }

  /** The same with {@code jobSize} subjects to a job. */
  List<Runnable> drawing(PageSink sink, int jobSize) {
    List<Edition> all = editions.all();
    List<Author> authors =
        listings.authorsWithArticles().stream().sorted(Comparator.comparing(Author::slug)).toList();
    // A country's page links its page in every other edition, articles there or not: a country
    // with articles in one edition has pages, and so feeds, in all.
    Set<String> codes = new TreeSet<>();
    for (Edition edition : all) {
      codes.addAll(
          listings.countPerCountry(listings.inEdition(Listing.everything(), edition)).keySet());
    }
    List<Country> covered = countries.listByCodes(codes);
    List<Runnable> jobs = new ArrayList<>();
    for (Edition edition : all) {
      List<Supplier<Subject>> each = new ArrayList<>();
      each.add(subjects::site);
      for (Section section : sections.listAll(edition.language())) {
        each.add(() -> subjects.section(section));
      }
      for (Author author : authors) {
        each.add(() -> subjects.author(author));
      }
      for (Tag tag :
          listings.tagsWithArticles(edition.language()).stream()
              .sorted(Comparator.comparing(Tag::slug))
              .toList()) {
        each.add(() -> subjects.tag(tag));
      }
      for (Country country : covered) {
        each.add(() -> subjects.country(country));
      }
      for (int from = 0; from < each.size(); from += jobSize) {
        List<Supplier<Subject>> part = each.subList(from, Math.min(each.size(), from + jobSize));
        jobs.add(() -> DrawingScope.in(edition, () -> draw(part, edition, sink)));
      }
    }
    return jobs;
  }

  private Void draw(List<Supplier<Subject>> part, Edition edition, PageSink sink) {
    for (Supplier<Subject> subject : part) {
      // Named inside the scope: the words of a subject's description are its edition's.
      FeedAssembler.Latest latest = assembler.latest(subject.get(), edition);
      for (FeedFormat format : FeedFormat.values()) {
        sink.page(latest.path(format), format.contentType(), assembler.write(latest, format));
      }
    }
    return null;
  }
}
