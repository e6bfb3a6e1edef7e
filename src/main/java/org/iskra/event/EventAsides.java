package org.iskra.event;

import gg.jte.Content;
import gg.jte.TemplateEngine;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.iskra.article.Article;
import org.iskra.article.ArticleAsides;
import org.iskra.publication.PageTags;
import org.springframework.stereotype.Component;

/** A box with the event an article is linked to, beside the article. */
@Component
class EventAsides implements ArticleAsides {

  private final EventCalendar calendar;
  private final TemplateEngine templates;

  EventAsides(EventCalendar calendar, TemplateEngine templates) {
    this.calendar = calendar;
    this.templates = templates;
  }

  @Override
  public Set<Long> mayHaveAsides(Collection<Long> articleIds) {
    return calendar.articlesWithEvents(articleIds);
  }

  @Override
  public List<Content> asidesOf(Article article) {
    return calendar.eventsOf(article.id()).stream()
        .peek(event -> PageTags.add(PageTags.event(event.id())))
        .map(
            event ->
                (Content)
                    output -> templates.render("event/box.jte", Map.of("event", event), output))
        .toList();
  }
}
