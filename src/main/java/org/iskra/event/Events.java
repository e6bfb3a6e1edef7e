package org.iskra.event;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The store of events and their linked articles. Thread-safe; joins the caller's transaction. */
interface Events {

  Event insert(Event event, Instant now);

  void update(Event event, Instant now);

  Optional<Event> findById(long id);

  Optional<Event> findBySlug(String slug);

  /** Events not yet over at {@code now}, soonest first. */
  List<Event> listUpcoming(Instant now, int limit);

  /** Events over by {@code now}, latest first. */
  List<Event> listPast(Instant now, int limit);

  /** All events, latest start first. */
  List<Event> listAll(int limit);

  /**
   * Events of the listing (timing judged at {@code now}) ordered by start and id, soonest first
   * unless {@code latestFirst}, strictly after the position ({@code afterStart}, {@code afterId}),
   * or from the start when {@code afterStart} is null; at most {@code limit}.
   */
  List<Event> listPage(
      EventListing listing,
      Instant now,
      boolean latestFirst,
      Instant afterStart,
      long afterId,
      int limit);

  /** Events linked to this article. */
  List<Event> listByArticle(long articleId);

  /** Of these articles, those linked to an event; one query. */
  java.util.Set<Long> listLinkedArticleIds(java.util.Collection<Long> articleIds);
}
