package org.iskra.feed;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.rometools.rome.io.WireFeedOutput;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.iskra.article.Article;
import org.iskra.article.ArticleListings;
import org.iskra.article.ArticleView;
import org.iskra.article.Listing;
import org.iskra.media.Media;
import org.iskra.publication.Edition;
import org.iskra.publication.PageFrames;
import org.iskra.publication.PageTags;
import org.iskra.publication.Publication;
import org.iskra.publication.PublicationProfile;
import org.iskra.publication.SiteSettings;
import org.iskra.tag.Tag;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/** Gathers a listing's newest articles into a {@link Feed} and writes it. Thread-safe. */
@Component
class FeedAssembler {

  /**
   * What a feed follows: a listing and the page that shows it.
   *
   * @param name the listing's name ("Americas"), or empty for the whole site
   * @param pagePath the listing page's path; the feeds hang below it
   */
  record Subject(String name, String description, String pagePath, Listing listing) {}

  private final ArticleListings listings;
  private final PublicationProfile profile;
  private final SiteSettings site;
  private final FeedSettings settings;
  private final PageFrames frames;

  /**
   * Bodies with absolute addresses, by article version and site address: each article is in several
   * feeds (site, section, tags, authors, country), each read by itself, and making its addresses
   * absolute parses it. Every save makes a new version, so an edited body is never answered from an
   * old one. Bounded by the characters held (8 million, 16 MB at most).
   */
  private final Cache<AbsoluteKey, String> absoluteBodies =
      Caffeine.newBuilder()
          .maximumWeight(8_000_000)
          .weigher((AbsoluteKey key, String body) -> 16 + body.length())
          .build();

  private record AbsoluteKey(long articleId, int version, String base) {}

  FeedAssembler(
      ArticleListings listings,
      PublicationProfile profile,
      SiteSettings site,
      FeedSettings settings,
      PageFrames frames) {
    this.frames = frames;
    this.listings = listings;
    this.profile = profile;
    this.site = site;
    this.settings = settings;
    // Rome finds its feed writers by class name on first use, under a lock. Done here, at
    // start-up: the first feed requests, all at once on virtual threads, would each load those
    // classes, and class loading pins the carrier thread. On a 2-core machine, two such requests
    // waiting for the one loading once stalled every request (docs/benchmarks.md, "A hang").
    // Here rather than in FeedController: FeedDrawer's jobs write through the same writers.
    WireFeedOutput.getSupportedFeedTypes();
  }

  /**
   * A subject's newest articles in one edition, read once: its three formats are written from them
   * ({@link #write}) without reading the store again.
   *
   * @param items the feed's items, newest first
   * @param updated the newest change among the items, or null when there is none
   */
  record Latest(Subject subject, Edition edition, List<Feed.Item> items, Instant updated) {

    /** The feed's address on the site, in its edition ({@code /es/america/feed.xml}). */
    String path(FeedFormat format) {
      return format.pathUnder(edition.path(subject.pagePath()));
    }
  }

  /**
   * The subject's newest articles in an edition (its articles only, its addresses), declared as
   * what the page being drawn shows ({@link PageTags}).
   */
  Latest latest(Subject subject, Edition edition) {
    PageTags.add(PageTags.listing(subject.pagePath()));
    List<Feed.Item> items = new ArrayList<>();
    Instant updated = null;
    Listing listing = listings.inEdition(subject.listing(), edition);
    for (ArticleView view : listings.latestInFull(listing, settings.length())) {
      Feed.Item item = item(view, edition);
      PageTags.add(PageTags.article(view.article().id()));
      if (view.featuredImage() != null) {
        PageTags.add(PageTags.media(view.featuredImage().key())); // the item's enclosure
      }
      items.add(item);
      if (updated == null || item.modified().isAfter(updated)) {
        updated = item.modified();
      }
    }
    return new Latest(subject, edition, List.copyOf(items), updated);
  }

  /**
   * The feed in one format, exactly as the site answers its address: the one way a feed's body is
   * made, for readers ({@link FeedController}) and for the static copy ({@link FeedDrawer}) alike.
   * Reads nothing from the store.
   */
  String write(Latest latest, FeedFormat format) {
    Feed feed = feed(latest, format);
    return switch (format) {
      case RSS -> RssWriter.write(feed);
      case ATOM -> AtomWriter.write(feed);
      case JSON -> JsonFeedWriter.write(feed);
    };
  }

  private Feed feed(Latest latest, FeedFormat format) {
    Publication publication = profile.current();
    Subject subject = latest.subject();
    String pagePath = latest.edition().path(subject.pagePath());
    String siteName = frames.siteName(publication, latest.edition());
    return new Feed(
        subject.name().isEmpty() ? siteName : subject.name() + " | " + siteName,
        subject.description().isEmpty() ? publication.tagline() : subject.description(),
        site.absolute(pagePath),
        site.absolute(latest.path(format)),
        latest.edition().language(),
        publication.name(),
        site.absolute("/"),
        latest.updated(),
        publication.zone(),
        latest.items());
  }

  private Feed.Item item(ArticleView view, Edition edition) {
    Instant published = view.article().publishedAt();
    Instant saved = view.article().updatedAt();
    // A scheduled article is saved before it appears; readers first see it when it is published.
    Instant modified = saved.isAfter(published) ? saved : published;
    List<Feed.Category> categories = new ArrayList<>();
    categories.add(
        new Feed.Category(
            view.section().name(), site.absolute(edition.path(view.section().path()))));
    for (Tag tag : view.tags()) {
      categories.add(new Feed.Category(tag.name(), site.absolute(edition.path(tag.path()))));
    }
    return new Feed.Item(
        "urn:uuid:" + view.article().uid(),
        site.absolute(view.path()),
        view.article().title(),
        view.teaser(),
        // Without a body (a teaser-only import), the teaser is all there is to show.
        settings.fullContent() && !view.article().body().isBlank()
            ? absolute(view.article())
            : null,
        view.article().language(),
        published,
        modified,
        view.authors().stream()
            .map(
                author ->
                    new Feed.Person(author.name(), site.absolute(edition.path(author.path()))))
            .toList(),
        categories,
        image(view.featuredImage()));
  }

  private Feed.Image image(Media media) {
    if (media == null) {
      return null;
    }
    return new Feed.Image(site.absolute(media.largestSrc()), media.contentType(), media.byteSize());
  }

  /**
   * The body with absolute addresses: a feed reader shows it away from the site, where {@code
   * /media/…} would point nowhere. The body is already sanitised; only addresses change.
   */
  private String absolute(Article article) {
    String body = article.body();
    if (!mayHoldAddress(body)) {
      return body;
    }
    return absoluteBodies.get(
        new AbsoluteKey(article.id(), article.version(), site.absolute("/")),
        key -> absolute(body, key.base()));
  }

  /**
   * Whether {@code body} may hold an address to make absolute: an {@code href}, {@code src} or
   * {@code srcset} attribute, in any case. A body without one has nothing to change, and is not
   * parsed at all. A plain scan: the same test as a case-insensitive regular expression took a
   * tenth of a warm static copy's drawing time (docs/benchmarks.md, "The static copy from the
   * running server"), as it runs for every item of every feed.
   */
  static boolean mayHoldAddress(String body) {
    if (body.indexOf('=') < 0) {
      return false; // no attribute with a value, so no address (most bodies: plain paragraphs)
    }
    for (int i = 0, last = body.length() - 3; i <= last; i++) {
      char c = body.charAt(i);
      if (((c == 'h' || c == 'H') && body.regionMatches(true, i, "href", 0, 4))
          || ((c == 's' || c == 'S') && body.regionMatches(true, i, "src", 0, 3))) {
        return true;
      }
    }
    return false;
  }

  private String absolute(String body, String base) {
    Document document = Jsoup.parseBodyFragment(body, base);
    document.outputSettings().prettyPrint(false);
    for (Element element : document.select("[href]")) {
      element.attr("href", element.absUrl("href"));
    }
    for (Element element : document.select("[src]")) {
      element.attr("src", element.absUrl("src"));
    }
    for (Element element : document.select("[srcset]")) {
      element.attr("srcset", absoluteSrcset(element.attr("srcset")));
    }
    return document.body().html();
  }

  private String absoluteSrcset(String srcset) {
    List<String> candidates = new ArrayList<>();
    for (String candidate : srcset.split(",")) {
      String[] parts = candidate.strip().split("\\s+", 2);
      if (parts[0].isEmpty()) {
        continue;
      }
      String url =
          parts[0].startsWith("/") && !parts[0].startsWith("//")
              ? site.absolute(parts[0])
              : parts[0];
      candidates.add(parts.length > 1 ? url + " " + parts[1] : url);
    }
    return String.join(", ", candidates);
  }
}
