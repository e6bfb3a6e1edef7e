package org.iskra.event;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.iskra.slug.Slug;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating, editing and listing events. Thread-safe; each method is one transaction. */
@Service
public class EventCalendar {

  /** How many events a listing or a calendar feed holds at most. */
  static final int LIMIT = 500;

  private final Events events;
  private final Clock clock;
  private final ApplicationEventPublisher changes;

  EventCalendar(Events events, Clock clock, ApplicationEventPublisher changes) {
    this.events = events;
    this.clock = clock;
    this.changes = changes;
  }

  /**
   * @throws InvalidEvent when the title or times are missing or the end is not after the start
   */
  @Transactional
  public Event create(EventDraft draft) {
    Event event = checked(0, "", draft);
    String base = Slug.from(event.title()).isEmpty() ? "event" : Slug.from(event.title());
    String slug = base;
    for (int n = 2; events.findBySlug(slug).isPresent(); n++) {
      slug = base + "-" + n;
    }
    Event created = events.insert(withSlug(event, slug), clock.instant());
    changes.publishEvent(
        new EventChanged(created.id(), java.util.Set.copyOf(created.articleIds())));
    return created;
  }

  /** Changes an event; its address stays the same. */
  @Transactional
  public Event update(long id, EventDraft draft) {
    Event old = get(id);
    events.update(checked(id, old.slug(), draft), clock.instant());
    Event updated = get(id);
    java.util.Set<Long> shownOn = new java.util.HashSet<>(old.articleIds());
    shownOn.addAll(updated.articleIds());
    changes.publishEvent(new EventChanged(id, shownOn));
    return updated;
  }

  public Event get(long id) {
    return events.findById(id).orElseThrow(() -> new InvalidEvent("No event " + id));
  }

  public Optional<Event> find(long id) {
    return events.findById(id);
  }

  /**
   * A page of the listing for the Content API, ordered by start (soonest first unless {@code
   * latestFirst}), strictly after the position ({@code afterStart}, {@code afterId}) of the last
   * event of the previous page, or from the start when {@code afterStart} is null; at most {@code
   * limit}. Keyset paging: pages stay stable while events are added. Two queries whatever the
   * limit.
   */
  @Transactional(readOnly = true)
  public List<Event> pageAfter(
      EventListing listing, boolean latestFirst, Instant afterStart, long afterId, int limit) {
    return events.listPage(listing, clock.instant(), latestFirst, afterStart, afterId, limit);
  }

  public Optional<Event> findBySlug(String slug) {
    return events.findBySlug(slug);
  }

  /** Events not over yet, soonest first. */
  public List<Event> upcoming() {
    return events.listUpcoming(clock.instant(), LIMIT);
  }

  /** Events that are over, latest first. */
  public List<Event> past() {
    return events.listPast(clock.instant(), LIMIT);
  }

  public List<Event> all() {
    return events.listAll(LIMIT);
  }

  /** Events this article is linked to. */
  public List<Event> eventsOf(long articleId) {
    return events.listByArticle(articleId);
  }

  /** Of these articles, those an event is linked to; one query whatever their number. */
  public java.util.Set<Long> articlesWithEvents(java.util.Collection<Long> articleIds) {
    return events.listLinkedArticleIds(articleIds);
  }

  Instant now() {
    return clock.instant();
  }

  private static Event checked(long id, String slug, EventDraft draft) {
    if (draft.title() == null || draft.title().isBlank()) {
      throw new InvalidEvent("The title is required.");
    }
    if (draft.start() == null || draft.end() == null || draft.zone() == null) {
      throw new InvalidEvent("Start, end and time zone are required.");
    }
    Instant start = draft.start().atZone(draft.zone()).toInstant();
    Instant end = draft.end().atZone(draft.zone()).toInstant();
    if (!end.isAfter(start)) {
      throw new InvalidEvent("The event must end after it starts.");
    }
    String online = draft.onlineUrl() == null ? "" : draft.onlineUrl().strip();
    if (!online.isEmpty() && !online.startsWith("https://") && !online.startsWith("http://")) {
      throw new InvalidEvent("The online link must be an http or https address.");
    }
    String venue = draft.venue() == null ? "" : draft.venue().strip();
    if (venue.isEmpty() && online.isEmpty()) {
      throw new InvalidEvent("Give a venue, an online link or both.");
    }
    return new Event(
        id,
        slug,
        draft.title().strip(),
        draft.description() == null ? "" : draft.description().strip(),
        start,
        end,
        draft.zone(),
        venue,
        online,
        draft.organiser() == null ? "" : draft.organiser().strip(),
        draft.articleIds() == null ? List.of() : List.copyOf(draft.articleIds()));
  }

  private static Event withSlug(Event e, String slug) {
    return new Event(
        e.id(),
        slug,
        e.title(),
        e.description(),
        e.startsAt(),
        e.endsAt(),
        e.zone(),
        e.venue(),
        e.onlineUrl(),
        e.organiser(),
        e.articleIds());
  }
}
