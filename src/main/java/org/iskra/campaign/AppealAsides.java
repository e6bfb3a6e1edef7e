package org.iskra.campaign;

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

/** The progress block of the appeal an article carries, beside the article. */
@Component
class AppealAsides implements ArticleAsides {

  private final Fundraising fundraising;
  private final TemplateEngine templates;

  AppealAsides(Fundraising fundraising, TemplateEngine templates) {
    this.fundraising = fundraising;
    this.templates = templates;
  }

  @Override
  public List<Content> asidesOf(Article article) {
    return fundraising
        .appealOf(article.id())
        .map(
            appeal -> {
              PageTags.add(PageTags.appeal(appeal.id()));
              return List.of(block(fundraising.progress(appeal)));
            })
        .orElse(List.of());
  }

  @Override
  public Set<Long> mayHaveAsides(Collection<Long> articleIds) {
    return fundraising.articlesWithAppeal(articleIds);
  }

  /** The block as the article page and the front page show it. */
  Content block(AppealProgress progress) {
    return output ->
        templates.render(
            "campaign/progress.jte", Map.of("progress", progress, "link", true), output);
  }
}
