package org.iskra.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.iskra.account.Account;
import org.iskra.article.Article;
import org.iskra.article.ArticleCatalogue;
import org.iskra.article.ArticleEdit;
import org.iskra.article.ArticleNotFound;
import org.iskra.article.ArticleView;
import org.iskra.article.EditorialAction;
import org.iskra.article.EditorialWorkflow;
import org.iskra.author.Author;
import org.iskra.geo.Country;
import org.iskra.publication.SiteSettings;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Admin API's articles: every call goes through {@link EditorialWorkflow} as the token's
 * account, so the desk's role rules and optimistic locking apply (a stale {@code version} is a 409
 * with {@code currentVersion}). Needs the {@code articles:write} scope.
 */
@RestController
@SecurityRequirement(name = ApiDocumentation.ADMIN_TOKEN)
@RequestMapping(path = "/api/admin/v1/articles", produces = "application/json")
@Tag(name = "Admin API: articles", description = "By bearer token with the articles:write scope")
class AdminArticlesApiController {

  private final EditorialWorkflow workflow;
  private final ArticleCatalogue catalogue;
  private final SiteSettings site;

  AdminArticlesApiController(
      EditorialWorkflow workflow, ArticleCatalogue catalogue, SiteSettings site) {
    this.workflow = workflow;
    this.catalogue = catalogue;
    this.site = site;
  }

  /**
   * An article as sent: members left out keep their current value on update.
   *
   * @param version the version this edit was made from (required to update)
   * @param featuredImage a media key, or empty for none
   * @param canonicalUrl the original's absolute address when the article republishes another
   *     publication's, or empty for none
   * @param attribution who published the original, or empty for none
   */
  record ArticleInput(
      Integer version,
      String language,
      String title,
      String slug,
      String standfirst,
      String body,
      Long sectionId,
      List<String> authors,
      List<String> tags,
      List<String> countries,
      String featuredImage,
      String canonicalUrl,
      String attribution) {}

  /**
   * A change of state.
   *
   * @param version the version the change was decided on (required)
   * @param at the publication time: required to schedule, optional to publish (a past time
   *     backdates)
   */
  record StateChange(Integer version, Instant at) {}

  @GetMapping("/{id}")
  @Operation(summary = "An article in any state, with its status and version")
  Map<String, Object> get(@PathVariable long id) {
    Account me = ApiCallers.account(Scope.ARTICLES_WRITE);
    workflow.open(me, id);
    return json(id);
  }

  @PostMapping(consumes = "application/json")
  @Operation(summary = "Starts a draft (title, language and sectionId required)")
  ResponseEntity<Map<String, Object>> create(@RequestBody ArticleInput input) {
    Account me = ApiCallers.account(Scope.ARTICLES_WRITE);
    if (input.sectionId() == null) {
      throw new InvalidInput("sectionId", "required");
    }
    ArticleEdit edit =
        new ArticleEdit(
            orEmpty(input.language()),
            orEmpty(input.title()),
            orEmpty(input.slug()),
            orEmpty(input.standfirst()),
            orEmpty(input.body()),
            input.sectionId(),
            input.authors() == null ? List.of() : input.authors(),
            input.tags() == null ? List.of() : input.tags(),
            input.countries() == null ? List.of() : input.countries(),
            orEmpty(input.featuredImage()),
            input.canonicalUrl(),
            input.attribution());
    Article article = workflow.start(me, edit, EditorialAction.SAVE, null);
    return ResponseEntity.created(URI.create("/api/admin/v1/articles/" + article.id()))
        .body(json(article.id()));
  }

  @PutMapping(path = "/{id}", consumes = "application/json")
  @Operation(summary = "Saves changes over the given version; the state stays as it is")
  Map<String, Object> update(@PathVariable long id, @RequestBody ArticleInput input) {
    Account me = ApiCallers.account(Scope.ARTICLES_WRITE);
    int version = required(input.version());
    ArticleView current = view(id);
    workflow.save(me, id, version, merge(current, input), EditorialAction.SAVE, null);
    return json(id);
  }

  @PostMapping(path = "/{id}/publish", consumes = "application/json")
  @Operation(summary = "Publishes now (or backdated to a past time)")
  Map<String, Object> publish(@PathVariable long id, @RequestBody StateChange change) {
    return change(id, change, EditorialAction.PUBLISH);
  }

  @PostMapping(path = "/{id}/schedule", consumes = "application/json")
  @Operation(summary = "Schedules publication at a future time")
  Map<String, Object> schedule(@PathVariable long id, @RequestBody StateChange change) {
    if (change.at() == null) {
      throw new InvalidInput("at", "required: the time to publish at");
    }
    return change(id, change, EditorialAction.SCHEDULE);
  }

  @PostMapping(path = "/{id}/unpublish", consumes = "application/json")
  @Operation(summary = "Takes the article off the site (or the schedule)")
  Map<String, Object> unpublish(@PathVariable long id, @RequestBody StateChange change) {
    return change(id, change, EditorialAction.UNPUBLISH);
  }

  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Deletes the article for good (editors and administrators)")
  void delete(@PathVariable long id, @RequestParam int version) {
    Account me = ApiCallers.account(Scope.ARTICLES_WRITE);
    Article current = workflow.open(me, id);
    if (!workflow.permissions(me, current).delete()) {
      throw new AccessDeniedException("Only editors and administrators delete articles");
    }
    workflow.trash(me, id, version);
    workflow.delete(me, id);
  }

  private Map<String, Object> change(long id, StateChange change, EditorialAction action) {
    Account me = ApiCallers.account(Scope.ARTICLES_WRITE);
    int version = required(change.version());
    ArticleView current = view(id);
    workflow.save(me, id, version, merge(current, null), action, change.at());
    return json(id);
  }

  private static ArticleEdit merge(ArticleView current, ArticleInput input) {
    Article a = current.article();
    ArticleInput in =
        input != null
            ? input
            : new ArticleInput(
                null, null, null, null, null, null, null, null, null, null, null, null, null);
    return new ArticleEdit(
        in.language() != null ? in.language() : a.language(),
        in.title() != null ? in.title() : a.title(),
        in.slug() != null ? in.slug() : a.slug(),
        in.standfirst() != null ? in.standfirst() : a.standfirst(),
        in.body() != null ? in.body() : a.body(),
        in.sectionId() != null ? in.sectionId() : a.sectionId(),
        in.authors() != null ? in.authors() : current.authors().stream().map(Author::name).toList(),
        in.tags() != null
            ? in.tags()
            : current.tags().stream().map(org.iskra.tag.Tag::name).toList(),
        in.countries() != null
            ? in.countries()
            : current.countries().stream().map(Country::code).toList(),
        in.featuredImage() != null
            ? in.featuredImage()
            : (a.featuredImage() == null ? "" : a.featuredImage()),
        // null keeps the article's current original; the workflow reads it from the store.
        in.canonicalUrl(),
        in.attribution());
  }

  private ArticleView view(long id) {
    return catalogue.find(id).orElseThrow(() -> new ArticleNotFound(id));
  }

  private Map<String, Object> json(long id) {
    return ArticleJson.admin(view(id), site);
  }

  private static int required(Integer version) {
    if (version == null) {
      throw new InvalidInput("version", "required: the version this change was made from");
    }
    return version;
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
