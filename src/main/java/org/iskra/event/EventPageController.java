package org.iskra.event;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.iskra.article.ArticleListings;
import org.iskra.publication.PageFrames;
import org.iskra.publication.PublicationProfile;
import org.iskra.publication.SiteSettings;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public event pages: upcoming ({@code /events}) and past ({@code /events/past}) listings, a
 * page per event with schema.org Event JSON-LD, and iCalendar feeds of all events ({@code
 * /events.ics}) and of one ({@code /events/{slug}.ics}).
 */
@Controller
class EventPageController {

  static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final EventCalendar calendar;
  private final PageFrames frames;
  private final SiteSettings site;
  private final PublicationProfile publication;
  private final ArticleListings listings;

  EventPageController(
      EventCalendar calendar,
      PageFrames frames,
      SiteSettings site,
      PublicationProfile publication,
      ArticleListings listings) {
    this.calendar = calendar;
    this.frames = frames;
    this.site = site;
    this.publication = publication;
    this.listings = listings;
  }

  @GetMapping("/events")
  String upcoming(Model model) {
    model.addAttribute("frame", frames.frame("Events", "Upcoming events", "/events", ""));
    model.addAttribute("events", calendar.upcoming());
    model.addAttribute("past", false);
    return "event/list";
  }

  @GetMapping("/events/past")
  String past(Model model) {
    model.addAttribute("frame", frames.frame("Past events", "", "/events/past", ""));
    model.addAttribute("events", calendar.past());
    model.addAttribute("past", true);
    return "event/list";
  }

  @GetMapping("/events/{slug:[a-z0-9-]+}")
  String event(@PathVariable String slug, Model model) {
    Event event = find(slug);
    model.addAttribute("frame", frames.frame(event.title(), event.description(), event.path(), ""));
    model.addAttribute("event", event);
    model.addAttribute("linkedData", linkedData(event));
    model.addAttribute("articles", listings.teasersOf(event.articleIds()));
    return "event/page";
  }

  @GetMapping("/events.ics")
  ResponseEntity<String> allEvents() {
    return ics(publication.current().name() + " events", calendar.all());
  }

  @GetMapping("/events/{slug:[a-z0-9-]+}.ics")
  ResponseEntity<String> oneEvent(@PathVariable String slug) {
    Event event = find(slug);
    return ics(event.title(), List.of(event));
  }

  private ResponseEntity<String> ics(String name, List<Event> events) {
    String host = URI.create(site.baseUrl()).getHost();
    return ResponseEntity.ok()
        .contentType(CALENDAR)
        .cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(5)).cachePublic())
        .body(
            ICalendarWriter.write(
                name, events, site::absolute, host == null ? "iskra" : host, calendar.now()));
  }

  private Event find(String slug) {
    return calendar
        .findBySlug(slug)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  /** schema.org Event, safe inside a script element ("<" escaped). */
  String linkedData(Event event) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("@context", "https://schema.org");
    data.put("@type", "Event");
    data.put("name", event.title());
    if (!event.description().isEmpty()) {
      data.put("description", event.description());
    }
    data.put("startDate", event.localStart().toOffsetDateTime().toString());
    data.put("endDate", event.localEnd().toOffsetDateTime().toString());
    data.put("eventStatus", "https://schema.org/EventScheduled");
    boolean place = !event.venue().isEmpty();
    data.put(
        "eventAttendanceMode",
        place && event.isOnline()
            ? "https://schema.org/MixedEventAttendanceMode"
            : place
                ? "https://schema.org/OfflineEventAttendanceMode"
                : "https://schema.org/OnlineEventAttendanceMode");
    Map<String, Object> venue = new LinkedHashMap<>();
    venue.put("@type", "Place");
    venue.put("name", event.venue());
    venue.put("address", event.venue());
    Map<String, Object> online = new LinkedHashMap<>();
    online.put("@type", "VirtualLocation");
    online.put("url", event.onlineUrl());
    if (place && event.isOnline()) {
      data.put("location", List.of(venue, online));
    } else {
      data.put("location", place ? venue : online);
    }
    if (!event.organiser().isEmpty()) {
      // Ordered, unlike Map.of, so that the page's bytes and ETag are the same after a restart.
      Map<String, Object> organizer = new java.util.LinkedHashMap<>();
      organizer.put("@type", "Organization");
      organizer.put("name", event.organiser());
      data.put("organizer", organizer);
    }
    data.put("url", site.absolute(event.path()));
    return JSON.writeValueAsString(data).replace("<", "\\u003c");
  }
}
