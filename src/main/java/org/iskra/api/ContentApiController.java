package org.iskra.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.iskra.article.ArticleCatalogue;
import org.iskra.article.ArticleListings;
import org.iskra.article.ArticleStatus;
import org.iskra.article.ArticleView;
import org.iskra.article.Listing;
import org.iskra.author.Author;
import org.iskra.author.Authors;
import org.iskra.geo.Countries;
import org.iskra.publication.SiteSettings;
import org.iskra.section.Sections;
import org.iskra.tag.Tags;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Content API: published articles and the public taxonomy, read-only, for a content API key
 * (checked by {@link ApiAuthenticationFilter}). Events and appeals have their own controllers under
 * the same path ({@link EventContentApiController}, {@link AppealContentApiController}).
 */
@RestController
@SecurityRequirement(name = ApiDocumentation.CONTENT_KEY)
@RequestMapping(path = "/api/content/v1", produces = "application/json")
@Tag(
    name = "Content API",
    description = "Published articles, taxonomy, events and appeals, by content API key")
class ContentApiController {

  private final ArticleListings listings;
  private final ArticleCatalogue catalogue;
  private final Sections sections;
  private final Authors authors;
  private final Tags tags;
  private final Countries countries;
  private final SiteSettings site;

  ContentApiController(
      ArticleListings listings,
      ArticleCatalogue catalogue,
      Sections sections,
      Authors authors,
      Tags tags,
      Countries countries,
      SiteSettings site) {
    this.listings = listings;
    this.catalogue = catalogue;
    this.sections = sections;
    this.authors = authors;
    this.tags = tags;
    this.countries = countries;
    this.site = site;
  }

  /** A page of results and where the next one is (null on the last page). */
  record Page(List<Map<String, Object>> data, String nextCursor, String next) {}

  /** A whole list. */
  record Items(List<Map<String, Object>> data) {}

  @GetMapping("/articles")
  @Operation(summary = "Published articles, newest first, a page at a time (cursor paging)")
  Page articles(
      HttpServletRequest request,
      @Parameter(description = "section slug") @RequestParam(required = false) String section,
      @Parameter(description = "tag slug") @RequestParam(required = false) String tag,
      @Parameter(description = "author slug") @RequestParam(required = false) String author,
      @Parameter(description = "ISO 3166-1 alpha-2 code") @RequestParam(required = false)
          String country,
      @Parameter(description = "BCP 47 language tag") @RequestParam(required = false)
          String language,
      @Parameter(description = "published at or after: 2026-01-31 or 2026-01-31T12:00:00Z")
          @RequestParam(required = false)
          String from,
      @Parameter(description = "published before (exclusive), same forms as from")
          @RequestParam(required = false)
          String until,
      @Parameter(description = "-published (newest first, default) or published")
          @RequestParam(defaultValue = "-published")
          String sort,
      @Parameter(description = "articles per page, 1 to 100") @RequestParam(defaultValue = "20")
          int limit,
      @Parameter(description = "nextCursor of the previous page") @RequestParam(required = false)
          String cursor,
      @Parameter(description = "comma-separated members to return (id always)")
          @RequestParam(required = false)
          String fields,
      @Parameter(description = "comma-separated: section, authors, tags, countries, featuredImage")
          @RequestParam(required = false)
          String include) {
    ContentParameters.limit(limit);
    boolean oldestFirst =
        ContentParameters.choice("sort", sort, List.of("-published", "published"), "-published")
            .equals("published");
    Listing listing =
        new Listing(
            section == null
                ? null
                : sections
                    .findBySlug(section)
                    .orElseThrow(() -> new InvalidInput("section", "no section '" + section + "'"))
                    .id(),
            author == null
                ? null
                : authors
                    .findBySlug(author)
                    .orElseThrow(() -> new InvalidInput("author", "no author '" + author + "'"))
                    .id(),
            tag == null
                ? null
                : tags.findBySlug(tag)
                    .orElseThrow(() -> new InvalidInput("tag", "no tag '" + tag + "'"))
                    .id(),
            country == null
                ? null
                : countries
                    .find(country)
                    .orElseThrow(
                        () -> new InvalidInput("country", "no ISO 3166-1 code '" + country + "'"))
                    .code(),
            time("from", from),
            time("until", until));
    if (language != null && !language.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*")) {
      throw new InvalidInput("language", "a BCP 47 tag like en or pt-BR, not '" + language + "'");
    }
    ContentParameters.Position after = ContentParameters.position(cursor, sort);
    Set<String> chosen = names("fields", fields, ArticleJson.FIELDS);
    Set<String> included = names("include", include, ArticleJson.INCLUDES);
    // One more than asked, to know whether another page follows without a count.
    List<ArticleView> views =
        listings.pageAfter(
            listing,
            language,
            oldestFirst,
            after == null ? null : after.at(),
            after == null ? 0 : after.id(),
            limit + 1);
    String nextCursor = null;
    String next = null;
    if (views.size() > limit) {
      views = views.subList(0, limit);
      ArticleView last = views.getLast();
      nextCursor =
          ContentParameters.cursor(sort, last.article().publishedAt(), last.article().id());
      next = ContentParameters.next(request, nextCursor);
    }
    return new Page(
        views.stream().map(view -> ArticleJson.of(view, chosen, included, site)).toList(),
        nextCursor,
        next);
  }

  @GetMapping("/articles/{id}")
  @Operation(summary = "One published article")
  Map<String, Object> article(
      @PathVariable long id,
      @RequestParam(required = false) String fields,
      @RequestParam(required = false) String include) {
    ArticleView view =
        catalogue
            .find(id)
            .filter(
                found ->
                    found.article().status() == ArticleStatus.PUBLISHED
                        && !found.article().isTrashed())
            .orElseThrow(() -> new NotFound("No published article with id " + id));
    return ArticleJson.of(
        view,
        names("fields", fields, ArticleJson.FIELDS),
        names("include", include, ArticleJson.INCLUDES),
        site);
  }

  @GetMapping("/sections")
  @Operation(summary = "Every section, in navigation order")
  Items sections() {
    return new Items(sections.listAll().stream().map(s -> ArticleJson.section(s, site)).toList());
  }

  @GetMapping("/tags")
  @Operation(summary = "Tags of published articles, by name")
  Items tags() {
    return new Items(
        listings.tagsWithArticles().stream()
            .sorted(Comparator.comparing(org.iskra.tag.Tag::name, String.CASE_INSENSITIVE_ORDER))
            .map(t -> ArticleJson.tag(t, site))
            .toList());
  }

  @GetMapping("/authors")
  @Operation(summary = "Authors of published articles, by name")
  Items authors() {
    return new Items(
        listings.authorsWithArticles().stream()
            .sorted(Comparator.comparing(Author::name, String.CASE_INSENSITIVE_ORDER))
            .map(a -> ArticleJson.author(a, site))
            .toList());
  }

  @GetMapping("/countries")
  @Operation(summary = "Countries that published articles are about, with their counts, by code")
  Items countries() {
    return new Items(
        listings.countPerCountry().entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .flatMap(
                entry ->
                    countries.find(entry.getKey()).stream()
                        .map(c -> ArticleJson.country(c, site, entry.getValue())))
            .toList());
  }

  private static Instant time(String field, String value) {
    return ContentParameters.time(field, value);
  }

  private static Set<String> names(String field, String value, List<String> known) {
    return ContentParameters.names(field, value, known);
  }
}
