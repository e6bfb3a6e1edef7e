package org.iskra.publication;

import java.util.ArrayList;
import java.util.List;
import org.iskra.section.InvalidSection;
import org.iskra.section.Section;
import org.iskra.section.Sections;
import org.iskra.slug.Slug;
import org.iskra.tag.Tag;
import org.iskra.tag.Tags;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /desk/editions}: what each language edition calls the sections and topics, and so their
 * addresses there ({@code /es/america}, {@code /es/tag/historia}). Every staff member may look;
 * editors and administrators name.
 */
@Controller
class EditionNamesDeskController {

  private final Editions editions;
  private final Sections sections;
  private final Tags tags;
  private final ApplicationEventPublisher events;

  EditionNamesDeskController(
      Editions editions, Sections sections, Tags tags, ApplicationEventPublisher events) {
    this.editions = editions;
    this.sections = sections;
    this.tags = tags;
    this.events = events;
  }

  @GetMapping("/desk/editions")
  String names(Model model, Authentication who) {
    List<Edition> others = editions.all().stream().filter(e -> !e.isDefault()).toList();
    List<SectionInEdition> rows = new ArrayList<>();
    for (Section section : sections.listAll()) {
      for (Edition edition : others) {
        rows.add(
            new SectionInEdition(
                section,
                edition,
                sections.findById(section.id(), edition.language()).orElseThrow()));
      }
    }
    model.addAttribute("editions", others);
    model.addAttribute("rows", rows);
    model.addAttribute("mayChange", mayChange(who));
    return "publication/desk-names";
  }

  @PostMapping("/desk/editions/sections/{id:\\d+}")
  String nameSection(
      @PathVariable long id,
      @RequestParam String language,
      @RequestParam String name,
      @RequestParam(defaultValue = "") String slug,
      @RequestParam(defaultValue = "") String description,
      Authentication who,
      RedirectAttributes flash) {
    requireChange(who);
    try {
      Section named = sections.name(id, edition(language), name, slugOr(slug, name), description);
      // After the save, not inside it: the pages dropped are drawn again with the new name.
      events.publishEvent(
          new EditionNamed(
              language,
              "section "
                  + sections.findById(id).map(Section::slug).orElse(String.valueOf(id))
                  + ": "
                  + named.name()
                  + " ("
                  + named.slug()
                  + ")",
              who.getName()));
      flash.addFlashAttribute("notice", "Saved: " + named.name() + " (" + language + ").");
    } catch (InvalidSection e) {
      flash.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/desk/editions";
  }

  @PostMapping("/desk/editions/tags")
  String nameTag(
      @RequestParam String tag,
      @RequestParam String language,
      @RequestParam String name,
      @RequestParam(defaultValue = "") String slug,
      Authentication who,
      RedirectAttributes flash) {
    requireChange(who);
    try {
      Tag own =
          tags.findBySlug(tag.strip())
              .orElseThrow(() -> new IllegalArgumentException("There is no topic '" + tag + "'"));
      Tag named = tags.name(own.id(), edition(language), name, slugOr(slug, name));
      events.publishEvent(
          new EditionNamed(
              language,
              "topic " + own.slug() + ": " + named.name() + " (" + named.slug() + ")",
              who.getName()));
      flash.addFlashAttribute(
          "notice", "Saved: " + own.name() + " is " + named.name() + " (" + language + ").");
    } catch (IllegalArgumentException e) {
      flash.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/desk/editions";
  }

  /** The language of one of the publication's other editions, or a refusal naming it. */
  private String edition(String language) {
    return editions.all().stream()
        .filter(e -> !e.isDefault() && e.language().equals(language))
        .findFirst()
        .map(Edition::language)
        .orElseThrow(
            () ->
                new InvalidSection("'" + language + "' is not one of the publication's editions"));
  }

  private static String slugOr(String slug, String name) {
    return slug.isBlank() ? Slug.from(name == null ? "" : name) : slug.strip();
  }

  static boolean mayChange(Authentication who) {
    return who != null
        && who.getAuthorities().stream()
            .anyMatch(
                a ->
                    a.getAuthority().equals("ROLE_EDITOR")
                        || a.getAuthority().equals("ROLE_ADMIN"));
  }

  private static void requireChange(Authentication who) {
    if (!mayChange(who)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }
  }
}
