package org.iskra.account;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /desk/users}: administrators list, create and change accounts. The security configuration
 * admits no other role to any of these addresses.
 */
@Controller
class UsersDeskController {

  private final AccountRegistry registry;

  UsersDeskController(AccountRegistry registry) {
    this.registry = registry;
  }

  @GetMapping("/desk/users")
  String list(Principal principal, Model model) {
    model.addAttribute("accounts", registry.list());
    model.addAttribute("roles", List.of(Role.values()));
    model.addAttribute("self", principal.getName());
    model.addAttribute("minimum", AccountRegistry.MIN_PASSWORD);
    return "account/users";
  }

  @PostMapping("/desk/users")
  String create(
      @RequestParam(defaultValue = "") String email,
      @RequestParam(defaultValue = "") String name,
      @RequestParam(defaultValue = "") String role,
      @RequestParam(defaultValue = "") String password,
      Principal principal,
      HttpServletRequest request,
      RedirectAttributes redirect) {
    return change(
        redirect,
        () -> {
          Account account =
              registry.create(
                  email, name, Role.fromCode(role), password, actor(principal, request));
          return "Created " + account.role().code() + " account " + account.email() + ".";
        });
  }

  @PostMapping("/desk/users/{id}/role")
  String changeRole(
      @PathVariable long id,
      @RequestParam(defaultValue = "") String role,
      Principal principal,
      HttpServletRequest request,
      RedirectAttributes redirect) {
    return change(
        redirect,
        () -> {
          Account account = registry.changeRole(id, Role.fromCode(role), actor(principal, request));
          return account.email() + " is now " + account.role().code() + ".";
        });
  }

  @PostMapping("/desk/users/{id}/disable")
  String disable(
      @PathVariable long id,
      Principal principal,
      HttpServletRequest request,
      RedirectAttributes redirect) {
    return change(
        redirect,
        () ->
            registry.disable(id, actor(principal, request)).email()
                + " is disabled and signed out everywhere.");
  }

  @PostMapping("/desk/users/{id}/enable")
  String enable(
      @PathVariable long id,
      Principal principal,
      HttpServletRequest request,
      RedirectAttributes redirect) {
    return change(
        redirect,
        () -> registry.enable(id, actor(principal, request)).email() + " can sign in again.");
  }

  @PostMapping("/desk/users/{id}/two-factor/disable")
  String turnOffTwoFactor(
      @PathVariable long id,
      Principal principal,
      HttpServletRequest request,
      RedirectAttributes redirect) {
    return change(
        redirect,
        () ->
            registry.turnOffTwoFactor(id, actor(principal, request)).email()
                + " signs in with a password alone now.");
  }

  private interface Change {
    String make();
  }

  private static String change(RedirectAttributes redirect, Change change) {
    try {
      redirect.addFlashAttribute("notice", change.make());
    } catch (InvalidAccount e) {
      redirect.addFlashAttribute("error", e.getMessage() + ".");
    }
    return "redirect:/desk/users";
  }

  private static Actor actor(Principal principal, HttpServletRequest request) {
    return new Actor(principal.getName(), request.getRemoteAddr());
  }
}
