/**
 * Events the publication announces: upcoming and past listings at {@code /events}, a page per event
 * with schema.org Event JSON-LD, iCalendar feeds ({@code /events.ics}, {@code /events/{slug}.ics}),
 * and a box beside linked articles (an {@link org.iskra.article.ArticleAsides}). Publishes {@link
 * EventChanged} on every create and edit.
 */
package org.iskra.event;
