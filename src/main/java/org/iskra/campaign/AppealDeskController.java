package org.iskra.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.iskra.publication.PublicationProfile;
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
 * Appeals in the desk: every staff member may look; editors and administrators create and edit
 * appeals, record gifts and refunds by hand and choose the articles that carry the progress block.
 */
@Controller
class AppealDeskController {

  private final Fundraising fundraising;
  private final PublicationProfile publication;

  AppealDeskController(Fundraising fundraising, PublicationProfile publication) {
    this.fundraising = fundraising;
    this.publication = publication;
  }

  @GetMapping("/desk/appeals")
  String list(Model model, Authentication who) {
    model.addAttribute("appeals", fundraising.list().stream().map(fundraising::progress).toList());
    model.addAttribute("mayChange", mayChange(who));
    return "campaign/desk-list";
  }

  @PostMapping("/desk/appeals")
  String create(
      @RequestParam String name,
      @RequestParam(defaultValue = "") String description,
      @RequestParam String target,
      @RequestParam String currency,
      @RequestParam(defaultValue = "") String starts,
      @RequestParam(defaultValue = "") String ends,
      Authentication who,
      RedirectAttributes flash) {
    requireChange(who);
    try {
      Appeal appeal =
          fundraising.create(name, description, target, currency, day(starts), day(ends));
      flash.addFlashAttribute("notice", "Appeal created.");
      return "redirect:/desk/appeals/" + appeal.id();
    } catch (InvalidAppeal e) {
      flash.addFlashAttribute("error", e.getMessage());
      return "redirect:/desk/appeals";
    }
  }

  @GetMapping("/desk/appeals/{id:\\d+}")
  String edit(@PathVariable long id, Model model, Authentication who) {
    Appeal appeal =
        fundraising
            .findById(id)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    model.addAttribute("progress", fundraising.progress(appeal));
    model.addAttribute("donations", fundraising.recentDonations(id, 50));
    model.addAttribute("articles", fundraising.articlesOf(id));
    model.addAttribute(
        "target", Money.plain(appeal.targetMinor(), Money.currency(appeal.currency())));
    model.addAttribute("mayChange", mayChange(who));
    return "campaign/desk-edit";
  }

  @PostMapping("/desk/appeals/{id:\\d+}")
  String update(
      @PathVariable long id,
      @RequestParam String name,
      @RequestParam(defaultValue = "") String description,
      @RequestParam String target,
      @RequestParam(defaultValue = "") String starts,
      @RequestParam(defaultValue = "") String ends,
      Authentication who,
      RedirectAttributes flash) {
    requireChange(who);
    try {
      fundraising.update(id, name, description, target, day(starts), day(ends));
      flash.addFlashAttribute("notice", "Appeal saved.");
    } catch (InvalidAppeal e) {
      flash.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/desk/appeals/" + id;
  }

  @PostMapping("/desk/appeals/{id:\\d+}/donations")
  String record(
      @PathVariable long id,
      @RequestParam String amount,
      @RequestParam String currency,
      @RequestParam(defaultValue = "") String donor,
      @RequestParam(defaultValue = "donation") String kind,
      Authentication who,
      RedirectAttributes flash) {
    requireChange(who);
    try {
      fundraising.recordByHand(id, amount, currency, donor, who.getName(), "refund".equals(kind));
      flash.addFlashAttribute(
          "notice", "refund".equals(kind) ? "Refund recorded." : "Donation recorded.");
    } catch (InvalidAppeal e) {
      flash.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/desk/appeals/" + id;
  }

  @PostMapping("/desk/appeals/{id:\\d+}/articles")
  String link(
      @PathVariable long id,
      @RequestParam long article,
      @RequestParam(defaultValue = "link") String action,
      Authentication who,
      RedirectAttributes flash) {
    requireChange(who);
    if ("unlink".equals(action)) {
      fundraising.unlink(article);
    } else {
      fundraising.link(article, id);
    }
    flash.addFlashAttribute("notice", "Articles saved.");
    return "redirect:/desk/appeals/" + id;
  }

  private Instant day(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      ZoneId zone = publication.current().zone();
      return LocalDate.parse(value.strip()).atStartOfDay(zone).toInstant();
    } catch (DateTimeParseException e) {
      throw new InvalidAppeal("Not a date (YYYY-MM-DD): " + value);
    }
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
