package org.iskra.api;

import java.time.Instant;
import java.util.List;
import org.iskra.account.Account;
import org.iskra.article.ArticleEdit;
import org.iskra.article.EditorialAction;
import org.iskra.article.EditorialWorkflow;

/** Articles for the API tests, published at fixed times in January 2026 through the workflow. */
final class ApiFixtures {

  /** Fixture articles are published before this; listings cut here see only them. */
  static final String UNTIL = "2026-02-01";

  private ApiFixtures() {}

  static ArticleEdit edit(
      String title,
      String language,
      long section,
      List<String> authors,
      List<String> tags,
      List<String> countries) {
    return new ArticleEdit(
        language,
        title,
        "",
        "Standfirst of " + title + ".",
        "<p>Body of " + title + ".</p>",
        section,
        authors,
        tags,
        countries,
        "");
  }

  static long published(EditorialWorkflow workflow, Account by, ArticleEdit edit, String at) {
    return workflow.start(by, edit, EditorialAction.PUBLISH, Instant.parse(at)).id();
  }
}
