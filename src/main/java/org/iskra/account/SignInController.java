package org.iskra.account;

import org.iskra.publication.PageFrames;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page of the desk; Spring Security handles the form it posts. */
@Controller
class SignInController {

  private final PageFrames frames;

  SignInController(PageFrames frames) {
    this.frames = frames;
  }

  @GetMapping("/login")
  String signIn(
      @RequestParam(name = "error", required = false) String error,
      @RequestParam(name = "signed-out", required = false) String signedOut,
      CsrfToken csrf,
      Model model) {
    model.addAttribute("frame", frames.frame("Sign in", "Sign in to the desk", "/login", ""));
    model.addAttribute("csrf", csrf);
    model.addAttribute(
        "notice",
        error != null
            ? "The e-mail address or the password is not right, or the account is disabled."
            : signedOut != null ? "You have signed out." : "");
    model.addAttribute("failed", error != null);
    return "account/login";
  }
}
