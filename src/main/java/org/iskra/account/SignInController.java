package org.iskra.account;

import jakarta.servlet.http.HttpServletRequest;
import org.iskra.publication.PageFrames;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page of the desk; Spring Security handles the form it posts. */
@Controller
class SignInController {

  private final PageFrames frames;
  private final AccountRegistry registry;

  SignInController(PageFrames frames, AccountRegistry registry) {
    this.frames = frames;
    this.registry = registry;
  }

  @GetMapping("/login")
  String signIn(
      @RequestParam(name = "error", required = false) String error,
      @RequestParam(name = "signed-out", required = false) String signedOut,
      @RequestParam(name = "ended", required = false) String ended,
      @RequestParam(name = "expired", required = false) String expired,
      @RequestParam(name = "welcome", required = false) String welcome,
      CsrfToken csrf,
      Model model) {
    String notice;
    if (error != null) {
      notice = "The e-mail address or the password is not right, or the account is disabled.";
    } else if (ended != null) {
      notice = "Your session has ended. Sign in again.";
    } else if (expired != null) {
      notice = "The sign-in took too long. Start again with your password.";
    } else if (welcome != null) {
      notice = "The administrator account is ready. Sign in with it.";
    } else if (signedOut != null) {
      notice = "You have signed out.";
    } else {
      notice = "";
    }
    return page(model, csrf, notice, error != null || expired != null);
  }

  /**
   * What a throttled sign-in attempt is answered with ({@link SignInThrottleFilter} forwards here
   * after setting the status {@code 429} and {@code Retry-After}).
   */
  @RequestMapping("/login/wait")
  String wait(HttpServletRequest request, CsrfToken csrf, Model model) {
    if (!(request.getAttribute(SignInThrottleFilter.RETRY_AFTER) instanceof Long seconds)) {
      return "redirect:/login";
    }
    return page(
        model,
        csrf,
        "Too many failed sign-ins. Wait "
            + (seconds > 1 ? seconds + " seconds" : "a second")
            + ", then try again.",
        true);
  }

  private String page(Model model, CsrfToken csrf, String notice, boolean failed) {
    model.addAttribute("frame", frames.frame("Sign in", "Sign in to the desk", "/login", ""));
    model.addAttribute("csrf", csrf);
    model.addAttribute("notice", notice);
    model.addAttribute("failed", failed);
    model.addAttribute("setupOpen", registry.isSetupOpen());
    return "account/login";
  }
}
