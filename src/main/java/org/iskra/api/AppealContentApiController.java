package org.iskra.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.iskra.article.ArticleListings;
import org.iskra.campaign.Appeal;
import org.iskra.campaign.AppealProgress;
import org.iskra.campaign.Fundraising;
import org.iskra.publication.SiteSettings;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Appeals in the Content API: every appeal the public {@code /appeals} page shows, with its
 * progress, a page at a time with a keyset cursor, as {@link AppealJson}. Donations themselves stay
 * out: who gave is not public.
 */
@RestController
@SecurityRequirement(name = ApiDocumentation.CONTENT_KEY)
@RequestMapping(path = "/api/content/v1", produces = "application/json")
@Tag(
    name = "Content API",
    description = "Published articles, taxonomy, events and appeals, by content API key")
class AppealContentApiController {

  private static final List<String> SORTS = List.of("-startsAt", "startsAt");
  private static final List<String> STATUSES = List.of("upcoming", "active", "closed");

  private final Fundraising fundraising;
  private final ArticleListings listings;
  private final SiteSettings site;
  private final Clock clock;

  AppealContentApiController(
      Fundraising fundraising, ArticleListings listings, SiteSettings site, Clock clock) {
    this.fundraising = fundraising;
    this.listings = listings;
    this.site = site;
    this.clock = clock;
  }

  @GetMapping("/appeals")
  @Operation(
      summary = "Appeals with their progress, latest first, a page at a time (cursor paging)",
      description =
          "Money is in minor units (cents) of the appeal's ISO 4217 currency. An appeal is"
              + " upcoming before it starts, active until it ends, closed after.")
  ContentApiController.Page appeals(
      HttpServletRequest request,
      @Parameter(description = "upcoming, active or closed; all when absent")
          @RequestParam(required = false)
          String status,
      @Parameter(description = "-startsAt (latest first, default) or startsAt")
          @RequestParam(defaultValue = "-startsAt")
          String sort,
      @Parameter(description = "appeals per page, 1 to 100") @RequestParam(defaultValue = "20")
          int limit,
      @Parameter(description = "nextCursor of the previous page") @RequestParam(required = false)
          String cursor,
      @Parameter(description = "comma-separated members to return (id always)")
          @RequestParam(required = false)
          String fields,
      @Parameter(description = "articles: the published linked articles")
          @RequestParam(required = false)
          String include) {
    ContentParameters.limit(limit);
    String state = ContentParameters.choice("status", status, STATUSES, null);
    String order = ContentParameters.choice("sort", sort, SORTS, "-startsAt");
    Set<String> chosen = ContentParameters.names("fields", fields, AppealJson.FIELDS);
    Set<String> included = ContentParameters.names("include", include, AppealJson.INCLUDES);
    ContentParameters.Position after = ContentParameters.position(cursor, order);
    // One more than asked, to know whether another page follows without a count.
    List<AppealProgress> appeals =
        fundraising.pageAfter(
            state == null ? null : Appeal.Status.valueOf(state.toUpperCase(java.util.Locale.ROOT)),
            order.equals("startsAt"),
            after == null ? null : after.at(),
            after == null ? 0 : after.id(),
            limit + 1);
    String nextCursor = null;
    String next = null;
    if (appeals.size() > limit) {
      appeals = appeals.subList(0, limit);
      Appeal last = appeals.getLast().appeal();
      nextCursor = ContentParameters.cursor(order, last.startsAt(), last.id());
      next = ContentParameters.next(request, nextCursor);
    }
    Map<Long, List<Long>> links =
        fundraising.articlesOf(appeals.stream().map(p -> p.appeal().id()).toList());
    LinkedArticles articles = LinkedArticles.of(listings, links.values());
    Instant now = clock.instant();
    return new ContentApiController.Page(
        appeals.stream()
            .map(
                p ->
                    AppealJson.of(
                        p,
                        articles.of(links.getOrDefault(p.appeal().id(), List.of())),
                        now,
                        chosen,
                        included,
                        site))
            .toList(),
        nextCursor,
        next);
  }

  @GetMapping("/appeals/{id}")
  @Operation(summary = "One appeal with its progress")
  Map<String, Object> appeal(
      @PathVariable long id,
      @Parameter(description = "comma-separated members to return (id always)")
          @RequestParam(required = false)
          String fields,
      @Parameter(description = "articles: the published linked articles")
          @RequestParam(required = false)
          String include) {
    Set<String> chosen = ContentParameters.names("fields", fields, AppealJson.FIELDS);
    Set<String> included = ContentParameters.names("include", include, AppealJson.INCLUDES);
    Appeal appeal =
        fundraising.findById(id).orElseThrow(() -> new NotFound("No appeal with id " + id));
    List<Long> linked = fundraising.articlesOf(appeal.id());
    return AppealJson.of(
        fundraising.progress(appeal),
        LinkedArticles.of(listings, List.of(linked)).of(linked),
        clock.instant(),
        chosen,
        included,
        site);
  }
}
