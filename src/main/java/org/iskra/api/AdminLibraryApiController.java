package org.iskra.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;
import org.iskra.account.Account;
import org.iskra.author.Authors;
import org.iskra.media.Media;
import org.iskra.media.MediaLibrary;
import org.iskra.publication.EditionNamed;
import org.iskra.publication.Editions;
import org.iskra.publication.SiteSettings;
import org.iskra.section.Section;
import org.iskra.section.Sections;
import org.iskra.tag.Tags;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The Admin API's media uploads ({@code media:write}, any role, as in the desk) and taxonomy
 * ({@code taxonomy:write}, editors and administrators): sections, tags and authors.
 */
@RestController
@SecurityRequirement(name = ApiDocumentation.ADMIN_TOKEN)
@RequestMapping(path = "/api/admin/v1", produces = "application/json")
@Tag(name = "Admin API: media and taxonomy")
class AdminLibraryApiController {

  private final MediaLibrary media;
  private final Sections sections;
  private final Tags tags;
  private final Authors authors;
  private final SiteSettings site;
  private final Editions editions;
  private final ApplicationEventPublisher events;

  AdminLibraryApiController(
      MediaLibrary media,
      Sections sections,
      Tags tags,
      Authors authors,
      SiteSettings site,
      Editions editions,
      ApplicationEventPublisher events) {
    this.media = media;
    this.sections = sections;
    this.tags = tags;
    this.authors = authors;
    this.site = site;
    this.editions = editions;
    this.events = events;
  }

  /** A section as sent; {@code slug} comes from the path on update. */
  record SectionInput(String slug, String name, String description, Integer position) {}

  /** A tag or an author by name: found if it exists, created otherwise. */
  record NameInput(String name) {}

  @PostMapping(path = "/media", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Uploads an image (JPEG, PNG, WebP or GIF) to the media library")
  ResponseEntity<Map<String, Object>> upload(
      @RequestPart("file") MultipartFile file,
      @RequestParam(name = "altText", defaultValue = "") String altText,
      HttpServletRequest request) {
    Account me = ApiCallers.account(Scope.MEDIA_WRITE);
    byte[] bytes;
    try {
      bytes = file.getBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Media uploaded =
        media.upload(
            bytes,
            file.getOriginalFilename() == null ? "" : file.getOriginalFilename(),
            altText,
            me.email(),
            request.getRemoteAddr());
    return ResponseEntity.created(URI.create("/api/admin/v1/media/" + uploaded.key()))
        .body(ArticleJson.image(uploaded, site));
  }

  @PostMapping(path = "/sections", consumes = "application/json")
  @Operation(summary = "Creates a section (or updates the one with that slug)")
  ResponseEntity<Map<String, Object>> createSection(@RequestBody SectionInput input) {
    Account me = ApiCallers.editor(Scope.TAXONOMY_WRITE);
    Section section = saveSection(input.slug(), input, me);
    return ResponseEntity.created(URI.create("/api/admin/v1/sections/" + section.slug()))
        .body(ArticleJson.section(section, site));
  }

  @PutMapping(path = "/sections/{slug}", consumes = "application/json")
  @Operation(summary = "Changes a section's name, description and position")
  Map<String, Object> updateSection(@PathVariable String slug, @RequestBody SectionInput input) {
    Account me = ApiCallers.editor(Scope.TAXONOMY_WRITE);
    if (sections.findBySlug(slug).isEmpty()) {
      throw new NotFound("No section '" + slug + "'");
    }
    return ArticleJson.section(saveSection(slug, input, me), site);
  }

  @PostMapping(path = "/tags", consumes = "application/json")
  @Operation(summary = "The tag with this name, created if there is none")
  Map<String, Object> tag(@RequestBody NameInput input) {
    ApiCallers.editor(Scope.TAXONOMY_WRITE);
    return ArticleJson.tag(tags.findOrCreateByName(name(input)), site);
  }

  @PostMapping(path = "/authors", consumes = "application/json")
  @Operation(summary = "The author with this name, created if there is none")
  Map<String, Object> author(@RequestBody NameInput input) {
    ApiCallers.editor(Scope.TAXONOMY_WRITE);
    return ArticleJson.author(authors.findOrCreateByName(name(input)), site);
  }

  /**
   * Saves the section, and says so: every page's navigation lists the sections, so a new one or a
   * new name drops every cached page and refreshes the static copy.
   */
  private Section saveSection(String slug, SectionInput input, Account me) {
    if (slug == null || slug.isBlank()) {
      throw new InvalidInput("slug", "required");
    }
    if (input.name() == null || input.name().isBlank()) {
      throw new InvalidInput("name", "required");
    }
    Section saved =
        sections.save(
            slug.strip(),
            input.name().strip(),
            input.description() == null ? "" : input.description().strip(),
            input.position() == null ? 0 : input.position());
    events.publishEvent(
        new EditionNamed(
            editions.defaultEdition().language(),
            "section " + saved.slug() + ": " + saved.name() + " (" + saved.slug() + ")",
            me.email()));
    return saved;
  }

  private static String name(NameInput input) {
    String name = input.name() == null ? "" : input.name().strip();
    if (name.isEmpty() || name.length() > 120) {
      throw new InvalidInput("name", "between 1 and 120 characters");
    }
    return name;
  }
}
