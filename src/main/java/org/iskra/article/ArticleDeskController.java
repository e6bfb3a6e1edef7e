package org.iskra.article;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.iskra.account.Account;
import org.iskra.account.AccountRegistry;
import org.iskra.author.Authors;
import org.iskra.geo.Countries;
import org.iskra.media.MediaLibrary;
import org.iskra.publication.PageFrames;
import org.iskra.publication.PublicationProfile;
import org.iskra.section.Sections;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/**
 * The desk's article screens: the list, the editor, preview, autosave, the workflow buttons, the
 * history and the conflict view. Every action is checked by {@link EditorialWorkflow}; the page
 * only hides what a role cannot do.
 */
@Controller
class ArticleDeskController {

  private final EditorialWorkflow workflow;
  private final DeskArticleList list;
  private final AccountRegistry accounts;
  private final Sections sections;
  private final Authors authors;
  private final Countries countries;
  private final ArticleViews views;
  private final Comparisons comparisons;
  private final ArticlePublisher publisher;
  private final PublicationProfile publication;
  private final PageFrames frames;
  private final MediaLibrary media;
  private final Clock clock;
  private final TranslationPanels translations;

  ArticleDeskController(
      EditorialWorkflow workflow,
      DeskArticleList list,
      AccountRegistry accounts,
      Sections sections,
      Authors authors,
      Countries countries,
      ArticleViews views,
      Comparisons comparisons,
      ArticlePublisher publisher,
      PublicationProfile publication,
      PageFrames frames,
      MediaLibrary media,
      Clock clock,
      TranslationPanels translations) {
    this.workflow = workflow;
    this.list = list;
    this.accounts = accounts;
    this.sections = sections;
    this.authors = authors;
    this.countries = countries;
    this.views = views;
    this.comparisons = comparisons;
    this.publisher = publisher;
    this.publication = publication;
    this.frames = frames;
    this.media = media;
    this.clock = clock;
    this.translations = translations;
  }

  @GetMapping("/desk/articles")
  String list(
      @RequestParam(defaultValue = "") String state,
      @RequestParam(defaultValue = "0") String section,
      @RequestParam(defaultValue = "0") String author,
      @RequestParam(defaultValue = "") String language,
      @RequestParam(defaultValue = "") String q,
      @RequestParam(defaultValue = "1") String page,
      Model model) {
    DeskFilter filter;
    try {
      filter = new DeskFilter(state, number(section), number(author), language, limited(q, 200));
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
    }
    DeskArticleList.Page result = list.page(filter, (int) Math.min(number(page), 100_000));
    model.addAttribute("filter", filter);
    model.addAttribute("result", result);
    model.addAttribute("sections", sections.listAll());
    model.addAttribute(
        "authorChoice",
        filter.authorId() == 0 ? List.of() : authors.listByIds(List.of(filter.authorId())));
    model.addAttribute("zone", zone());
    return "article/desk/list";
  }

  @GetMapping("/desk/articles/new")
  String newArticle(Principal principal, Model model) {
    Account me = me(principal);
    ArticleForm form =
        new ArticleForm(
            "", "", "", "", "", "", "", List.of(), publication.current().language(), "", "", 0);
    return editor(model, me, null, form, null, null, null);
  }

  @PostMapping("/desk/articles")
  Object create(
      Principal principal,
      @RequestParam MultiValueMap<String, String> fields,
      Model model,
      HttpServletResponse response) {
    Account me = me(principal);
    ArticleForm form = ArticleForm.from(fields);
    EditorialAction action = EditorialAction.fromForm(fields.getFirst("action"));
    Article original = translationOf(fields);
    try {
      Article article =
          original == null
              ? workflow.start(me, form.edit(), action, form.publishAt(zone()))
              : workflow.translate(
                  me,
                  original.id(),
                  sourceVersion(fields),
                  form.edit(),
                  action,
                  form.publishAt(zone()));
      return "redirect:/desk/articles/" + article.id() + "?done=" + action.code();
    } catch (InvalidArticle e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      if (original != null) {
        model.addAttribute("translation", translations.starting(original));
      }
      return editor(model, me, null, form, e.getMessage(), null, null);
    }
  }

  /** Autosave's first save of a new article: answers with where the article now lives. */
  @PostMapping(value = "/desk/articles", produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  ResponseEntity<Map<String, Object>> createByAutosave(
      Principal principal, @RequestParam MultiValueMap<String, String> fields) {
    Account me = me(principal);
    try {
      ArticleForm form = ArticleForm.from(fields);
      Article original = translationOf(fields);
      Article article =
          original == null
              ? workflow.start(me, form.edit(), EditorialAction.SAVE, null)
              : workflow.translate(
                  me,
                  original.id(),
                  sourceVersion(fields),
                  form.edit(),
                  EditorialAction.SAVE,
                  form.publishAt(zone()));
      return ResponseEntity.status(HttpStatus.CREATED).body(saved(article));
    } catch (InvalidArticle e) {
      return ResponseEntity.unprocessableContent().body(Map.of("error", e.getMessage()));
    }
  }

  @GetMapping("/desk/articles/{id}")
  String edit(
      Principal principal,
      @PathVariable long id,
      @RequestParam(defaultValue = "") String done,
      Model model) {
    Account me = me(principal);
    Article article = workflow.open(me, id);
    ArticleForm form =
        ArticleForm.of(article, views.authorNames(article), views.tagNames(article), zone());
    return editor(model, me, article, form, null, notice(done, article), null);
  }

  @PostMapping("/desk/articles/{id}")
  String save(
      Principal principal,
      @PathVariable long id,
      @RequestParam MultiValueMap<String, String> fields,
      Model model,
      HttpServletResponse response) {
    Account me = me(principal);
    ArticleForm form = ArticleForm.from(fields);
    EditorialAction action = EditorialAction.fromForm(fields.getFirst("action"));
    try {
      if ("1".equals(fields.getFirst("upToDate"))) {
        workflow.saveTranslation(
            me,
            id,
            form.version(),
            form.edit(),
            action,
            form.publishAt(zone()),
            sourceVersion(fields));
      } else {
        workflow.save(me, id, form.version(), form.edit(), action, form.publishAt(zone()));
      }
      return "redirect:/desk/articles/" + id + "?done=" + action.code();
    } catch (InvalidArticle e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      Article article = workflow.open(me, id);
      return editor(model, me, article, form, e.getMessage(), null, null);
    } catch (ArticleConflict conflict) {
      response.setStatus(HttpStatus.CONFLICT.value());
      Article theirs = conflict.current();
      model.addAttribute("theirs", theirs);
      model.addAttribute("theirsBy", lastSavedBy(me, theirs));
      model.addAttribute("diff", comparisons.conflict(theirs, form, zone()));
      model.addAttribute("action", action.code());
      return editor(model, me, theirs, form.atVersion(theirs.version()), null, null, "conflict");
    }
  }

  @PostMapping(value = "/desk/articles/{id}/autosave", produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  ResponseEntity<Map<String, Object>> autosave(
      Principal principal,
      @PathVariable long id,
      @RequestParam MultiValueMap<String, String> fields) {
    Account me = me(principal);
    ArticleForm form = ArticleForm.from(fields);
    try {
      return ResponseEntity.ok(saved(workflow.autosave(me, id, form.version(), form.edit())));
    } catch (ArticleConflict conflict) {
      return ResponseEntity.status(HttpStatus.CONFLICT)
          .body(
              Map.of(
                  "error",
                  "Someone else saved this article; autosave has stopped. Save to compare"
                      + " both versions.",
                  "version",
                  conflict.current().version()));
    } catch (InvalidArticle e) {
      return ResponseEntity.unprocessableContent().body(Map.of("error", e.getMessage()));
    }
  }

  /**
   * The editor for a new translation of the article into {@code language}: the original beside the
   * form, its section, bylines, tags, countries, featured image and date copied, its standfirst and
   * body to write over (they keep the paragraphs, images and links in place). The title starts
   * empty, so that the address is made from the translated title. Nothing is stored until the
   * translator saves.
   */
  @GetMapping("/desk/articles/{id}/translate")
  String translate(
      Principal principal,
      @PathVariable long id,
      @RequestParam(defaultValue = "") String language,
      Model model,
      HttpServletResponse response) {
    Account me = me(principal);
    Article original = publisher.get(id);
    if (!ArticlePolicy.canTranslate(me, original)) {
      throw new AccessDeniedException("You may not translate this article");
    }
    String tag = language.strip();
    List<Translations.Member> group = translations.group(original);
    boolean offered =
        translations.offer(group).stream().anyMatch(choice -> choice.tag().equals(tag));
    boolean present = group.stream().anyMatch(member -> member.language().equals(tag));
    if (!offered && (present || !isLanguageTag(tag))) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      model.addAttribute("title", "Not a language to translate into");
      model.addAttribute(
          "message",
          tag.isEmpty()
              ? "Choose the language of the translation."
              : present
                  ? "This article is already in "
                      + EditionLanguages.nameOf(tag)
                      + "; edit that translation instead."
                  : "'" + tag + "' is not a BCP 47 language tag such as es or pt-BR.");
      return "article/desk/refused";
    }
    ArticleForm copy =
        ArticleForm.of(original, views.authorNames(original), views.tagNames(original), zone());
    ArticleForm form =
        new ArticleForm(
            "",
            "",
            original.standfirst(),
            original.body(),
            copy.sectionId(),
            copy.authors(),
            copy.tags(),
            copy.countries(),
            tag,
            copy.featuredImage(),
            copy.publishAt(),
            0);
    model.addAttribute("translation", translations.starting(original));
    return editor(model, me, null, form, null, null, null);
  }

  /** The article as readers would see it, from the editor's unsaved text. */
  @PostMapping("/desk/articles/preview")
  String preview(@RequestParam MultiValueMap<String, String> fields, Model model) {
    ArticleForm form = ArticleForm.from(fields);
    try {
      ArticleEdit edit = form.edit();
      Manuscript clean =
          publisher.validated(
              new Manuscript(
                  edit.language(),
                  edit.title(),
                  edit.slug(),
                  edit.standfirst(),
                  edit.body(),
                  edit.sectionId(),
                  List.of(),
                  List.of(),
                  edit.countryCodes(),
                  edit.featuredImage()));
      Instant at = form.publishAt(zone());
      Instant now = clock.instant();
      Article shell =
          new Article(
              0,
              "",
              clean.language(),
              clean.slug().isEmpty() ? org.iskra.slug.Slug.from(clean.title()) : clean.slug(),
              clean.title(),
              clean.standfirst(),
              clean.body(),
              ArticleStatus.PUBLISHED,
              clean.sectionId(),
              "",
              clean.featuredImage(),
              at == null ? now : at,
              now,
              now,
              1,
              List.of(),
              List.of(),
              clean.countryCodes(),
              null,
              null);
      ArticleView view = views.preview(shell, edit.authorNames(), edit.tagNames());
      model.addAttribute(
          "frame",
          frames.frame("Preview: " + shell.title(), view.teaser(), "", view.section().slug()));
      model.addAttribute("view", view);
      model.addAttribute("more", List.of());
      return "article/page";
    } catch (InvalidArticle e) {
      model.addAttribute("title", "This article cannot be previewed yet");
      model.addAttribute("message", e.getMessage());
      return "article/desk/refused";
    }
  }

  /** The published article's public page, wherever its section and slug put it now. */
  @GetMapping("/desk/articles/{id}/view")
  String view(Principal principal, @PathVariable long id) {
    Article article = workflow.open(me(principal), id);
    if (!article.isPublished()) {
      return "redirect:/desk/articles/" + id;
    }
    return "redirect:" + views.of(article).path();
  }

  @PostMapping("/desk/articles/{id}/trash")
  String trash(
      Principal principal,
      @PathVariable long id,
      @RequestParam(defaultValue = "0") int version,
      Model model,
      HttpServletResponse response) {
    return act(
        model,
        response,
        () -> workflow.trash(me(principal), id, version),
        "redirect:/desk/articles/" + id + "?done=trashed");
  }

  @PostMapping("/desk/articles/{id}/restore")
  String restore(
      Principal principal,
      @PathVariable long id,
      @RequestParam(defaultValue = "0") int version,
      Model model,
      HttpServletResponse response) {
    return act(
        model,
        response,
        () -> workflow.restore(me(principal), id, version),
        "redirect:/desk/articles/" + id + "?done=restored");
  }

  @PostMapping("/desk/articles/{id}/delete")
  String delete(
      Principal principal, @PathVariable long id, Model model, HttpServletResponse response) {
    return act(
        model,
        response,
        () -> workflow.delete(me(principal), id),
        "redirect:/desk/articles?state=trashed");
  }

  @GetMapping("/desk/articles/{id}/revisions")
  String history(Principal principal, @PathVariable long id, Model model) {
    Account me = me(principal);
    Article article = workflow.open(me, id);
    model.addAttribute("article", article);
    model.addAttribute("revisions", workflow.history(me, id));
    model.addAttribute("canRevert", workflow.permissions(me, article).edit());
    model.addAttribute("zone", zone());
    return "article/desk/history";
  }

  @GetMapping("/desk/articles/{id}/revisions/compare")
  String compare(
      Principal principal,
      @PathVariable long id,
      @RequestParam int from,
      @RequestParam int to,
      Model model) {
    Account me = me(principal);
    Article article = workflow.open(me, id);
    ArticleRevision older = workflow.revision(me, id, Math.min(from, to));
    ArticleRevision newer = workflow.revision(me, id, Math.max(from, to));
    model.addAttribute("article", article);
    model.addAttribute("older", older);
    model.addAttribute("newer", newer);
    model.addAttribute("diff", comparisons.between(older, newer, zone()));
    model.addAttribute("canRevert", workflow.permissions(me, article).edit());
    model.addAttribute("zone", zone());
    return "article/desk/compare";
  }

  @PostMapping("/desk/articles/{id}/revisions/{revision}/restore")
  String revert(
      Principal principal,
      @PathVariable long id,
      @PathVariable int revision,
      @RequestParam(defaultValue = "0") int version,
      Model model,
      HttpServletResponse response) {
    return act(
        model,
        response,
        () -> workflow.revert(me(principal), id, version, revision),
        "redirect:/desk/articles/" + id + "?done=reverted");
  }

  /**
   * Runs a workflow button; a refusal is a page saying why (422), or that someone changed the
   * article since the page was opened (409), never an error trace.
   */
  private String act(Model model, HttpServletResponse response, Runnable action, String done) {
    try {
      action.run();
      return done;
    } catch (InvalidArticle e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      model.addAttribute("title", "Not done");
      model.addAttribute("message", e.getMessage());
    } catch (ArticleConflict e) {
      response.setStatus(HttpStatus.CONFLICT.value());
      model.addAttribute("title", "Someone changed this article in the meantime");
      model.addAttribute(
          "message",
          "Nothing was done: the article was saved by someone else after you opened it. Open it"
              + " again to see the current version.");
    }
    return "article/desk/refused";
  }

  private String editor(
      Model model,
      Account me,
      Article article,
      ArticleForm form,
      String error,
      String notice,
      String mode) {
    model.addAttribute("article", article);
    model.addAttribute("form", form);
    model.addAttribute("error", error);
    model.addAttribute("notice", notice);
    model.addAttribute("mode", mode == null ? "edit" : mode);
    model.addAttribute("may", workflow.permissions(me, article));
    model.addAttribute("sections", sections.listAll());
    model.addAttribute("countries", countries.listAll());
    model.addAttribute("zone", zone());
    model.addAttribute(
        "featured",
        form.featuredImage().isEmpty() ? null : media.findByKey(form.featuredImage()).orElse(null));
    if (!model.containsAttribute("translation")) {
      model.addAttribute(
          "translation", article == null ? TranslationPanel.NONE : translations.of(me, article));
    }
    if (!model.containsAttribute("diff")) {
      model.addAttribute("diff", List.of());
      model.addAttribute("theirs", null);
      model.addAttribute("theirsBy", "");
      model.addAttribute("action", "");
    }
    return "article/desk/edit";
  }

  private String lastSavedBy(Account me, Article theirs) {
    return workflow.history(me, theirs.id()).stream()
        .findFirst()
        .map(revision -> revision.savedBy().isEmpty() ? "the system" : revision.savedBy())
        .orElse("someone");
  }

  private static String notice(String done, Article article) {
    return switch (done) {
      case "save" -> "Saved.";
      case "publish" -> "Published. Readers can see it now.";
      case "schedule" -> "Scheduled. It will be published at the time set.";
      case "unpublish" -> "Unpublished. Readers no longer see it.";
      case "trashed" -> "Moved to the trash.";
      case "restored" -> "Restored from the trash.";
      case "reverted" -> "The earlier revision is now the current text.";
      default -> null;
    };
  }

  private Map<String, Object> saved(Article article) {
    return Map.of(
        "id", article.id(),
        "version", article.version(),
        "editUrl", "/desk/articles/" + article.id(),
        "autosaveUrl", "/desk/articles/" + article.id() + "/autosave",
        "savedAt", article.updatedAt().toString());
  }

  /** The original a new article's form translates, or null for an article of its own. */
  private Article translationOf(MultiValueMap<String, String> fields) {
    String id = fields.getFirst("translationOf");
    return id == null || id.isBlank() ? null : publisher.get(number(id));
  }

  /** The original's version the form showed; refused when missing, never guessed. */
  private static int sourceVersion(MultiValueMap<String, String> fields) {
    String version = fields.getFirst("sourceVersion");
    try {
      return Integer.parseInt(version == null ? "" : version.strip());
    } catch (NumberFormatException e) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST, "sourceVersion: the original's version shown is missing");
    }
  }

  private static boolean isLanguageTag(String tag) {
    try {
      return !tag.isEmpty()
          && !new Locale.Builder().setLanguageTag(tag).build().toLanguageTag().equals("und");
    } catch (IllformedLocaleException e) {
      return false;
    }
  }

  private Account me(Principal principal) {
    return accounts
        .find(principal.getName())
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
  }

  private ZoneId zone() {
    return publication.current().zone();
  }

  private static long number(String value) {
    try {
      return Math.max(0, Long.parseLong(value.strip()));
    } catch (NumberFormatException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Not a number: " + value);
    }
  }

  private static String limited(String text, int max) {
    return text.length() > max ? text.substring(0, max) : text;
  }
}
