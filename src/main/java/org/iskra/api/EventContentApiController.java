package org.iskra.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.iskra.article.ArticleListings;
import org.iskra.event.Event;
import org.iskra.event.EventCalendar;
import org.iskra.event.EventListing;
import org.iskra.publication.SiteSettings;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Events in the Content API: every event the public {@code /events} pages show (upcoming and past),
 * by time window, a page at a time with a keyset cursor, as {@link EventJson}.
 */
@RestController
@SecurityRequirement(name = ApiDocumentation.CONTENT_KEY)
@RequestMapping(path = "/api/content/v1", produces = "application/json")
@Tag(
    name = "Content API",
    description = "Published articles, taxonomy, events and appeals, by content API key")
class EventContentApiController {

  private static final List<String> SORTS = List.of("startsAt", "-startsAt");
  private static final List<String> WHEN = List.of("all", "upcoming", "past");

  private final EventCalendar calendar;
  private final ArticleListings listings;
  private final SiteSettings site;

  EventContentApiController(EventCalendar calendar, ArticleListings listings, SiteSettings site) {
    this.calendar = calendar;
    this.listings = listings;
    this.site = site;
  }

  @GetMapping("/events")
  @Operation(
      summary = "Events, soonest first, a page at a time (cursor paging)",
      description =
          "Upcoming events are those not over yet (as on /events), past ones those over (as on"
              + " /events/past). from and until select the events taking place, at least partly,"
              + " in that window.")
  ContentApiController.Page events(
      HttpServletRequest request,
      @Parameter(description = "upcoming (not over yet), past (over) or all (default)")
          @RequestParam(required = false)
          String when,
      @Parameter(description = "events still going on at or after: 2026-01-31 or an instant")
          @RequestParam(required = false)
          String from,
      @Parameter(description = "events starting before (exclusive), same forms as from")
          @RequestParam(required = false)
          String until,
      @Parameter(
              description =
                  "startsAt (soonest first) or -startsAt (latest first); by default -startsAt for"
                      + " past events, startsAt otherwise")
          @RequestParam(required = false)
          String sort,
      @Parameter(description = "events per page, 1 to 100") @RequestParam(defaultValue = "20")
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
    String timing = ContentParameters.choice("when", when, WHEN, "all");
    EventListing listing =
        new EventListing(
            ContentParameters.time("from", from),
            ContentParameters.time("until", until),
            switch (timing) {
              case "upcoming" -> EventListing.Timing.UPCOMING;
              case "past" -> EventListing.Timing.PAST;
              default -> EventListing.Timing.ANY;
            });
    String order =
        ContentParameters.choice(
            "sort", sort, SORTS, timing.equals("past") ? "-startsAt" : "startsAt");
    Set<String> chosen = ContentParameters.names("fields", fields, EventJson.FIELDS);
    Set<String> included = ContentParameters.names("include", include, EventJson.INCLUDES);
    ContentParameters.Position after = ContentParameters.position(cursor, order);
    // One more than asked, to know whether another page follows without a count.
    List<Event> events =
        calendar.pageAfter(
            listing,
            order.startsWith("-"),
            after == null ? null : after.at(),
            after == null ? 0 : after.id(),
            limit + 1);
    String nextCursor = null;
    String next = null;
    if (events.size() > limit) {
      events = events.subList(0, limit);
      Event last = events.getLast();
      nextCursor = ContentParameters.cursor(order, last.startsAt(), last.id());
      next = ContentParameters.next(request, nextCursor);
    }
    LinkedArticles articles =
        LinkedArticles.of(listings, events.stream().map(Event::articleIds).toList());
    return new ContentApiController.Page(
        events.stream()
            .map(e -> EventJson.of(e, articles.of(e.articleIds()), chosen, included, site))
            .toList(),
        nextCursor,
        next);
  }

  @GetMapping("/events/{id}")
  @Operation(summary = "One event")
  Map<String, Object> event(
      @PathVariable long id,
      @Parameter(description = "comma-separated members to return (id always)")
          @RequestParam(required = false)
          String fields,
      @Parameter(description = "articles: the published linked articles")
          @RequestParam(required = false)
          String include) {
    Set<String> chosen = ContentParameters.names("fields", fields, EventJson.FIELDS);
    Set<String> included = ContentParameters.names("include", include, EventJson.INCLUDES);
    Event event = calendar.find(id).orElseThrow(() -> new NotFound("No event with id " + id));
    LinkedArticles articles = LinkedArticles.of(listings, List.of(event.articleIds()));
    return EventJson.of(event, articles.of(event.articleIds()), chosen, included, site);
  }
}
