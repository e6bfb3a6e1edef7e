package org.iskra.staticsite;

import java.time.Duration;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The desk's Static copy page, for administrators (the security chain admits no one else): where
 * the copy goes, how the last refresh went, and the button that refreshes it from the running site.
 */
@Controller
class StaticCopyDeskController {

  private final StaticCopyRefresher refresher;

  StaticCopyDeskController(StaticCopyRefresher refresher) {
    this.refresher = refresher;
  }

  @GetMapping("/desk/static-copy")
  String show(Model model) {
    model.addAttribute(
        "directory", refresher.directory() == null ? "" : refresher.directory().toString());
    model.addAttribute("refresh", refresher.latest());
    Duration after = refresher.refreshAfterChanges();
    model.addAttribute(
        "refreshAfterChanges",
        after == null
            ? ""
            : after.toMillis() % 1000 == 0 ? after.toSeconds() + " s" : after.toMillis() + " ms");
    return "staticsite/desk";
  }

  @PostMapping("/desk/static-copy")
  String refresh(Authentication authentication, RedirectAttributes redirect) {
    try {
      redirect.addFlashAttribute(
          "notice",
          refresher.start(authentication.getName())
              ? "Refresh started."
              : "A refresh is already running; this page shows it.");
    } catch (IllegalStateException noFolder) {
      redirect.addFlashAttribute("error", noFolder.getMessage());
    }
    return "redirect:/desk/static-copy";
  }
}
