package org.iskra.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.util.Optional;
import org.iskra.publication.PublicationProfile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /desk/account}: the signed-in person's own account: a new password, two-factor sign-in on
 * or off. Wrong passwords given as proof here count toward the sign-in throttle, so a borrowed
 * session cannot be used to guess the password.
 */
@Controller
class AccountDeskController {

  private static final String PENDING_SECRET = AccountDeskController.class.getName() + ".secret";

  private final AccountRegistry registry;
  private final AccountSettings settings;
  private final TwoFactorCodes codes;
  private final SignInThrottle throttle;
  private final DeskSessions sessions;
  private final PublicationProfile publication;

  AccountDeskController(
      AccountRegistry registry,
      AccountSettings settings,
      TwoFactorCodes codes,
      SignInThrottle throttle,
      DeskSessions sessions,
      PublicationProfile publication) {
    this.publication = publication;
    this.registry = registry;
    this.settings = settings;
    this.codes = codes;
    this.throttle = throttle;
    this.sessions = sessions;
  }

  @GetMapping("/desk/account")
  String account(Principal principal, Model model) {
    model.addAttribute("account", registry.find(principal.getName()).orElseThrow());
    model.addAttribute("minimum", AccountRegistry.MIN_PASSWORD);
    return "account/settings";
  }

  @PostMapping("/desk/account/password")
  String changePassword(
      @RequestParam(defaultValue = "") String current,
      @RequestParam(defaultValue = "") String password,
      @RequestParam(defaultValue = "") String repeated,
      Principal principal,
      HttpServletRequest request,
      RedirectAttributes redirect) {
    String email = principal.getName();
    Optional<String> refused = throttled(email, request);
    if (refused.isPresent()) {
      redirect.addFlashAttribute("error", refused.get());
      return "redirect:/desk/account";
    }
    try {
      settings.changePassword(email, current, password, repeated, actor(principal, request));
    } catch (InvalidAccount e) {
      countIfWrongPassword(e, email, request);
      redirect.addFlashAttribute("error", e.getMessage() + ".");
      return "redirect:/desk/account";
    }
    // This session proved the new password; the account's other sessions end.
    request.changeSessionId();
    sessions.markSignedIn(request);
    redirect.addFlashAttribute(
        "notice", "Your password has changed. Your other sessions have been signed out.");
    return "redirect:/desk/account";
  }

  @GetMapping("/desk/account/two-factor")
  String enrolment(Principal principal, HttpSession session, Model model) {
    Account account = registry.find(principal.getName()).orElseThrow();
    if (account.twoFactor()) {
      return "redirect:/desk/account";
    }
    return enrolmentPage(account, session, model, "");
  }

  @PostMapping("/desk/account/two-factor")
  String enable(
      @RequestParam(defaultValue = "") String code,
      Principal principal,
      HttpServletRequest request,
      Model model,
      RedirectAttributes redirect) {
    Account account = registry.find(principal.getName()).orElseThrow();
    HttpSession session = request.getSession();
    if (account.twoFactor() || !(session.getAttribute(PENDING_SECRET) instanceof String secret)) {
      return "redirect:/desk/account";
    }
    try {
      settings.enableTwoFactor(account.email(), secret, code, actor(principal, request));
    } catch (InvalidAccount e) {
      return enrolmentPage(account, session, model, e.getMessage() + ".");
    }
    session.removeAttribute(PENDING_SECRET);
    redirect.addFlashAttribute(
        "notice", "Two-factor sign-in is on. You will be asked for a code after your password.");
    return "redirect:/desk/account";
  }

  @PostMapping("/desk/account/two-factor/disable")
  String disable(
      @RequestParam(defaultValue = "") String password,
      Principal principal,
      HttpServletRequest request,
      RedirectAttributes redirect) {
    String email = principal.getName();
    Optional<String> refused = throttled(email, request);
    if (refused.isPresent()) {
      redirect.addFlashAttribute("error", refused.get());
      return "redirect:/desk/account";
    }
    try {
      settings.disableTwoFactor(email, password, actor(principal, request));
    } catch (InvalidAccount e) {
      countIfWrongPassword(e, email, request);
      redirect.addFlashAttribute("error", e.getMessage() + ".");
      return "redirect:/desk/account";
    }
    redirect.addFlashAttribute("notice", "Two-factor sign-in is off.");
    return "redirect:/desk/account";
  }

  private String enrolmentPage(Account account, HttpSession session, Model model, String error) {
    // The secret waits in the session until a code proves the app has it; only then is it stored.
    String secret =
        session.getAttribute(PENDING_SECRET) instanceof String pending
            ? pending
            : codes.newSecret();
    session.setAttribute(PENDING_SECRET, secret);
    model.addAttribute("account", account);
    model.addAttribute("secret", secret);
    model.addAttribute(
        "qrCode", codes.qrCode(account.email(), secret, publication.current().name()));
    model.addAttribute("error", error);
    return "account/two-factor";
  }

  private Optional<String> throttled(String email, HttpServletRequest request) {
    return throttle
        .check(email, request.getRemoteAddr())
        .map(
            refusal ->
                "Too many wrong passwords. Wait "
                    + refusal.retryAfterSeconds()
                    + " seconds, then try again.");
  }

  private void countIfWrongPassword(InvalidAccount e, String email, HttpServletRequest request) {
    if (e instanceof WrongPassword) {
      throttle.recordFailure(email, request.getRemoteAddr());
    }
  }

  private static Actor actor(Principal principal, HttpServletRequest request) {
    return new Actor(principal.getName(), request.getRemoteAddr());
  }
}
