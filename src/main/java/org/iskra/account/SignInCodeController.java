package org.iskra.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import org.iskra.publication.PageFrames;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The second step of signing in to an account with two-factor sign-in: the one-time code from the
 * person's app. Wrong codes count toward the sign-in throttle like wrong passwords; the step must
 * be finished within {@link #TIME_ALLOWED} of the password.
 */
@Controller
class SignInCodeController {

  static final Duration TIME_ALLOWED = Duration.ofMinutes(5);

  private final PageFrames frames;
  private final AccountSettings settings;
  private final DeskUsers users;
  private final DeskSessions sessions;
  private final SignInOutcomes outcomes;
  private final Clock clock;

  SignInCodeController(
      PageFrames frames,
      AccountSettings settings,
      DeskUsers users,
      DeskSessions sessions,
      SignInOutcomes outcomes,
      Clock clock) {
    this.frames = frames;
    this.settings = settings;
    this.users = users;
    this.sessions = sessions;
    this.outcomes = outcomes;
    this.clock = clock;
  }

  @GetMapping("/login/code")
  String form(
      @RequestParam(name = "error", required = false) String error,
      HttpServletRequest request,
      CsrfToken csrf,
      Model model) {
    if (!(sessions.current() instanceof CodePending pending)) {
      return "redirect:/login";
    }
    if (isExpired(pending)) {
      sessions.end(request);
      return "redirect:/login?expired";
    }
    model.addAttribute("frame", frames.frame("Sign-in code", "Sign in to the desk", "", ""));
    model.addAttribute("csrf", csrf);
    model.addAttribute("failed", error != null);
    return "account/code";
  }

  @PostMapping("/login/code")
  String check(
      @RequestParam(defaultValue = "") String code,
      HttpServletRequest request,
      HttpServletResponse response) {
    if (!(sessions.current() instanceof CodePending pending)) {
      return "redirect:/login";
    }
    if (isExpired(pending)) {
      sessions.end(request);
      return "redirect:/login?expired";
    }
    String email = pending.getName();
    String address = request.getRemoteAddr();
    if (!settings.acceptsCode(email, code)) {
      outcomes.failed(email, address, "wrong one-time code");
      return "redirect:/login/code?error";
    }
    UserDetails user = users.loadUserByUsername(email);
    if (!user.isEnabled()) {
      sessions.end(request);
      return "redirect:/login?error";
    }
    UsernamePasswordAuthenticationToken signedIn =
        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    signedIn.setDetails(pending.getDetails());
    // The session must not keep the password hash that came with the loaded user.
    signedIn.eraseCredentials();
    sessions.signIn(request, response, signedIn);
    outcomes.signedIn(email, address);
    return "redirect:/desk";
  }

  private boolean isExpired(CodePending pending) {
    return pending.passwordAcceptedAt().plus(TIME_ALLOWED).isBefore(clock.instant());
  }
}
