package org.iskra.account;

import jakarta.servlet.http.HttpServletRequest;
import org.iskra.publication.PageFrames;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * First run without a command line: {@code /setup} creates the first administrator, and exists only
 * while there is no enabled administrator (a {@code 404} afterwards, whatever the method).
 */
@Controller
class SetupController {

  private final PageFrames frames;
  private final AccountRegistry registry;

  SetupController(PageFrames frames, AccountRegistry registry) {
    this.frames = frames;
    this.registry = registry;
  }

  @GetMapping("/setup")
  String form(CsrfToken csrf, Model model) {
    requireOpen();
    return page(model, csrf, "", "", "");
  }

  @PostMapping("/setup")
  String create(
      @RequestParam(defaultValue = "") String email,
      @RequestParam(defaultValue = "") String name,
      @RequestParam(defaultValue = "") String password,
      @RequestParam(defaultValue = "") String repeated,
      HttpServletRequest request,
      CsrfToken csrf,
      Model model) {
    requireOpen();
    if (!password.equals(repeated)) {
      return page(model, csrf, "The two passwords differ.", email, name);
    }
    try {
      Actor actor = new Actor("", request.getRemoteAddr());
      if (registry.createFirstAdministrator(email, name, password, actor).isEmpty()) {
        throw new ResponseStatusException(HttpStatus.NOT_FOUND);
      }
    } catch (InvalidAccount e) {
      return page(model, csrf, e.getMessage() + ".", email, name);
    }
    return "redirect:/login?welcome";
  }

  private void requireOpen() {
    if (!registry.isSetupOpen()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
  }

  private String page(Model model, CsrfToken csrf, String error, String email, String name) {
    model.addAttribute("frame", frames.frame("Set up", "Create the first administrator", "", ""));
    model.addAttribute("csrf", csrf);
    model.addAttribute("error", error);
    model.addAttribute("email", email);
    model.addAttribute("name", name);
    model.addAttribute("minimum", AccountRegistry.MIN_PASSWORD);
    return "account/setup";
  }
}
