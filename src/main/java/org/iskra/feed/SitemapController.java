package org.iskra.feed;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.iskra.article.ArticleListings;
import org.iskra.article.ArticleLocation;
import org.iskra.article.Listing;
import org.iskra.author.Author;
import org.iskra.geo.Countries;
import org.iskra.geo.Country;
import org.iskra.publication.Edition;
import org.iskra.publication.Editions;
import org.iskra.publication.PageTags;
import org.iskra.publication.Publication;
import org.iskra.publication.PublicationProfile;
import org.iskra.publication.SiteSettings;
import org.iskra.section.Section;
import org.iskra.section.Sections;
import org.iskra.tag.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Sitemaps for search engines: {@code /sitemap.xml} is an index of {@code /sitemaps/pages.xml}
 * (front page, sections, author, tag and country pages with articles), {@code
 * /sitemaps/articles-N.xml} (every published article, oldest first, {@link
 * FeedSettings#sitemapPageSize()} to a page, so that a page keeps its articles as new ones appear)
 * and {@code /sitemaps/news.xml} (Google News: articles of the last two days); and {@code
 * /robots.txt}, which names the index.
 */
@RestController
class SitemapController {

  /** Google News reads articles of the last two days, at most a thousand of them. */
  private static final Duration NEWS_WINDOW = Duration.ofDays(2);

  private static final int NEWS_LIMIT = 1000;

  private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=utf-8");
  private static final CacheControl CACHING =
      CacheControl.maxAge(Duration.ofMinutes(10)).cachePublic();

  private final ArticleListings listings;
  private final Sections sections;
  private final Countries countries;
  private final PublicationProfile profile;
  private final SiteSettings site;
  private final FeedSettings settings;
  private final Clock clock;
  private final Editions editions;

  SitemapController(
      Editions editions,
      ArticleListings listings,
      Sections sections,
      Countries countries,
      PublicationProfile profile,
      SiteSettings site,
      FeedSettings settings,
      Clock clock) {
    this.listings = listings;
    this.sections = sections;
    this.countries = countries;
    this.profile = profile;
    this.site = site;
    this.settings = settings;
    this.clock = clock;
    this.editions = editions;
  }

  @GetMapping("/robots.txt")
  ResponseEntity<String> robots() {
    String robots =
        """
        User-agent: *
        Allow: /
        Disallow: /desk
        Disallow: /login

        Sitemap: %s
        """
            .formatted(site.absolute("/sitemap.xml"));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType("text/plain;charset=utf-8"))
        .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
        .body(robots);
  }

  @GetMapping("/sitemap.xml")
  ResponseEntity<String> index() {
    SitemapWriter index = SitemapWriter.index(zone());
    index.sitemap(site.absolute("/sitemaps/pages.xml"), null);
    List<Instant> changes = listings.lastChangePerPage(settings.sitemapPageSize());
    // An empty site still has its first (empty) page of articles, as articlePages() says.
    int pages = Math.max(1, changes.size());
    for (int page = 1; page <= pages; page++) {
      index.sitemap(
          site.absolute("/sitemaps/articles-" + page + ".xml"),
          page <= changes.size() ? changes.get(page - 1) : null);
    }
    index.sitemap(site.absolute("/sitemaps/news.xml"), null);
    return xml(index.finish());
  }

  /** Every edition's listing pages: the default edition's at the root, then each other's. */
  @GetMapping("/sitemaps/pages.xml")
  ResponseEntity<String> pages() {
    SitemapWriter urls = SitemapWriter.urlset(false, zone());
    List<Author> authors =
        listings.authorsWithArticles().stream().sorted(Comparator.comparing(Author::slug)).toList();
    for (Edition edition : editions.all()) {
      urls.url(site.absolute(edition.path("/")), null);
      for (Section section : sections.listAll(edition.language())) {
        urls.url(site.absolute(edition.path(section.path())), null);
      }
      urls.url(site.absolute(edition.path("/countries")), null);
      urls.url(site.absolute(edition.path("/archive")), null);
      authors.forEach(author -> urls.url(site.absolute(edition.path(author.path())), null));
      listings.tagsWithArticles(edition.language()).stream()
          .sorted(Comparator.comparing(Tag::slug))
          .forEach(tag -> urls.url(site.absolute(edition.path(tag.path())), null));
      Map<String, Long> perCountry =
          listings.countPerCountry(listings.inEdition(Listing.everything(), edition));
      for (Country country : countries.listByCodes(perCountry.keySet())) {
        urls.url(site.absolute(edition.path(country.path())), null);
      }
    }
    return xml(urls.finish());
  }

  @GetMapping("/sitemaps/articles-{page:[1-9][0-9]{0,5}}.xml")
  ResponseEntity<String> articles(@PathVariable int page) {
    if (page > articlePages()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    int size = settings.sitemapPageSize();
    SitemapWriter urls = SitemapWriter.urlset(false, zone());
    for (ArticleLocation article :
        listings.locations(Listing.everything(), (page - 1) * size, size)) {
      if (article.republished()) {
        // Its canonical address is the partner's: a sitemap lists only canonical addresses.
        continue;
      }
      urls.url(site.absolute(article.path()), article.lastModified());
    }
    return xml(urls.finish());
  }

  @GetMapping("/sitemaps/news.xml")
  ResponseEntity<String> news() {
    Publication publication = profile.current();
    Instant now = clock.instant();
    SitemapWriter urls = SitemapWriter.urlset(true, zone());
    for (ArticleLocation article :
        listings.locations(Listing.publishedBetween(now.minus(NEWS_WINDOW), null), 0, NEWS_LIMIT)) {
      if (article.republished()) {
        continue;
      }
      urls.newsUrl(
          site.absolute(article.path()),
          publication.name(),
          newsLanguage(article.language()),
          article.publishedAt(),
          article.title());
    }
    return xml(urls.finish());
  }

  /** The article sitemaps there are; at least one, so that the index is never without it. */
  private int articlePages() {
    long total = listings.count(Listing.everything());
    int size = settings.sitemapPageSize();
    return (int) Math.max(1, (total + size - 1) / size);
  }

  /** Google News wants ISO 639 codes, with {@code zh-cn} and {@code zh-tw} as the exceptions. */
  static String newsLanguage(String bcp47) {
    Locale locale = Locale.forLanguageTag(bcp47);
    String language = locale.getLanguage();
    if (language.equals("zh")) {
      boolean traditional =
          locale.getScript().equals("Hant")
              || java.util.Set.of("TW", "HK", "MO").contains(locale.getCountry());
      return traditional ? "zh-tw" : "zh-cn";
    }
    return language.isEmpty() ? bcp47.toLowerCase(Locale.ROOT) : language;
  }

  private ZoneId zone() {
    return profile.current().zone();
  }

  private static ResponseEntity<String> xml(String body) {
    PageTags.add(PageTags.SITEMAPS);
    return ResponseEntity.ok().contentType(XML).cacheControl(CACHING).body(body);
  }
}
