package org.iskra.api;

import java.security.Principal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.iskra.account.Account;
import org.iskra.account.AccountRegistry;
import org.iskra.account.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Desk screens for API access: content API keys (editors and administrators create and revoke them)
 * and each person's own Admin API tokens. A new key or token is shown once, on the page the
 * creation leads to, and never again.
 */
@Controller
class ApiDeskController {

  private final ApiCredentials credentials;
  private final AccountRegistry accounts;
  private final ApiSettings settings;

  ApiDeskController(ApiCredentials credentials, AccountRegistry accounts, ApiSettings settings) {
    this.credentials = credentials;
    this.accounts = accounts;
    this.settings = settings;
  }

  @GetMapping("/desk/api-keys")
  String keys(Principal principal, Model model) {
    editor(principal);
    model.addAttribute("keys", credentials.listKeys().stream().map(ApiDeskRows.Key::of).toList());
    model.addAttribute("defaultRateLimit", settings.defaultRateLimit());
    model.addAttribute("window", settings.rateWindow().toSeconds());
    return "api/keys";
  }

  @PostMapping("/desk/api-keys")
  String createKey(
      Principal principal,
      @RequestParam(defaultValue = "") String name,
      @RequestParam(defaultValue = "") String rateLimit,
      @RequestParam(defaultValue = "") String origins,
      RedirectAttributes redirect) {
    Account me = editor(principal);
    try {
      Integer limit = rateLimit.isBlank() ? null : Integer.valueOf(rateLimit.strip());
      var issued = credentials.issueKey(name, limit, origins, me.email());
      redirect.addFlashAttribute("secret", issued.secret());
      redirect.addFlashAttribute("notice", "Key '" + issued.credential().name() + "' created.");
    } catch (NumberFormatException e) {
      redirect.addFlashAttribute("error", "rate limit: a whole number of requests");
    } catch (IllegalArgumentException e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/desk/api-keys";
  }

  @PostMapping("/desk/api-keys/{id}/revoke")
  String revokeKey(Principal principal, @PathVariable long id, RedirectAttributes redirect) {
    editor(principal);
    credentials.revokeKey(id);
    redirect.addFlashAttribute("notice", "Key revoked; it stops working at once.");
    return "redirect:/desk/api-keys";
  }

  @GetMapping("/desk/api-tokens")
  String tokens(Principal principal, Model model) {
    Account me = me(principal);
    model.addAttribute(
        "tokens", credentials.listTokens(me).stream().map(ApiDeskRows.Token::of).toList());
    model.addAttribute("scopes", List.of(Scope.values()).stream().map(Scope::code).toList());
    model.addAttribute("role", me.role().code());
    return "api/tokens";
  }

  @PostMapping("/desk/api-tokens")
  String createToken(
      Principal principal,
      @RequestParam(defaultValue = "") String name,
      @RequestParam(name = "scope", required = false) List<String> scopes,
      RedirectAttributes redirect) {
    Account me = me(principal);
    try {
      Set<Scope> chosen = EnumSet.noneOf(Scope.class);
      (scopes == null ? List.<String>of() : scopes).forEach(s -> chosen.add(Scope.fromCode(s)));
      var issued = credentials.issueToken(name, me, chosen);
      redirect.addFlashAttribute("secret", issued.secret());
      redirect.addFlashAttribute("notice", "Token '" + issued.credential().name() + "' created.");
    } catch (IllegalArgumentException e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/desk/api-tokens";
  }

  @PostMapping("/desk/api-tokens/{id}/revoke")
  String revokeToken(Principal principal, @PathVariable long id, RedirectAttributes redirect) {
    credentials.revokeToken(me(principal), id);
    redirect.addFlashAttribute("notice", "Token revoked; it stops working at once.");
    return "redirect:/desk/api-tokens";
  }

  private Account me(Principal principal) {
    return accounts
        .find(principal.getName())
        .orElseThrow(() -> new AccessDeniedException("No account"));
  }

  private Account editor(Principal principal) {
    Account me = me(principal);
    if (me.role() != Role.ADMIN && me.role() != Role.EDITOR) {
      throw new AccessDeniedException("Only editors and administrators manage content API keys");
    }
    return me;
  }
}
