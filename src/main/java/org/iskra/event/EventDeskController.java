package org.iskra.event;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
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

/** Events in the desk: every staff member may look; editors and administrators change them. */
@Controller
class EventDeskController {

  private final EventCalendar calendar;

  EventDeskController(EventCalendar calendar) {
    this.calendar = calendar;
  }

  @GetMapping("/desk/events")
  String list(Model model, Authentication who) {
    model.addAttribute("events", calendar.all());
    model.addAttribute("mayChange", mayChange(who));
    return "event/desk-list";
  }

  @PostMapping("/desk/events")
  String create(
      @RequestParam java.util.Map<String, String> form,
      Authentication who,
      RedirectAttributes flash) {
    requireChange(who);
    try {
      Event event = calendar.create(draft(form));
      flash.addFlashAttribute("notice", "Event created.");
      return "redirect:/desk/events/" + event.id();
    } catch (InvalidEvent e) {
      flash.addFlashAttribute("error", e.getMessage());
      return "redirect:/desk/events";
    }
  }

  @GetMapping("/desk/events/{id:\\d+}")
  String edit(@PathVariable long id, Model model, Authentication who) {
    try {
      model.addAttribute("event", calendar.get(id));
    } catch (InvalidEvent e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    model.addAttribute("mayChange", mayChange(who));
    return "event/desk-edit";
  }

  @PostMapping("/desk/events/{id:\\d+}")
  String update(
      @PathVariable long id,
      @RequestParam java.util.Map<String, String> form,
      Authentication who,
      RedirectAttributes flash) {
    requireChange(who);
    try {
      calendar.update(id, draft(form));
      flash.addFlashAttribute("notice", "Event saved.");
    } catch (InvalidEvent e) {
      flash.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/desk/events/" + id;
  }

  private static EventDraft draft(java.util.Map<String, String> form) {
    try {
      return new EventDraft(
          form.getOrDefault("title", ""),
          form.getOrDefault("description", ""),
          LocalDateTime.parse(form.getOrDefault("start", "").strip()),
          LocalDateTime.parse(form.getOrDefault("end", "").strip()),
          ZoneId.of(form.getOrDefault("zone", "").strip()),
          form.getOrDefault("venue", ""),
          form.getOrDefault("online", ""),
          form.getOrDefault("organiser", ""),
          articleIds(form.getOrDefault("articles", "")));
    } catch (DateTimeException e) {
      throw new InvalidEvent(
          "Give start and end as date and time (2024-02-17T09:00) and a time zone such as"
              + " America/Toronto.");
    }
  }

  private static List<Long> articleIds(String text) {
    List<Long> ids = new ArrayList<>();
    for (String part : text.split("[,\\s]+")) {
      if (part.isBlank()) {
        continue;
      }
      try {
        ids.add(Long.parseLong(part.strip().replace("#", "")));
      } catch (NumberFormatException e) {
        throw new InvalidEvent("Linked articles are numbers separated by commas: " + part);
      }
    }
    return ids;
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
