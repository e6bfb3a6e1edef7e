package org.iskra.webhook;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
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
 * The desk's webhooks for editors and administrators: register an endpoint (its secret shown once),
 * disable or enable it, and browse its deliveries.
 */
@Controller
class WebhookDeskController {

  private final WebhookRegistry registry;

  WebhookDeskController(WebhookRegistry registry) {
    this.registry = registry;
  }

  @GetMapping("/desk/webhooks")
  String list(Authentication authentication, Model model) {
    editor(authentication);
    model.addAttribute("endpoints", registry.list());
    model.addAttribute("events", List.of(WebhookEvent.values()));
    return "webhook/list";
  }

  @PostMapping("/desk/webhooks")
  String register(
      Authentication authentication,
      @RequestParam(defaultValue = "") String url,
      @RequestParam(name = "event", required = false) List<String> events,
      RedirectAttributes redirect) {
    editor(authentication);
    Set<WebhookEvent> chosen = EnumSet.noneOf(WebhookEvent.class);
    (events == null ? List.<String>of() : events)
        .forEach(code -> WebhookEvent.fromCode(code).ifPresent(chosen::add));
    try {
      WebhookEndpoint endpoint = registry.register(url, chosen, authentication.getName());
      redirect.addFlashAttribute("secret", endpoint.secret());
      redirect.addFlashAttribute("notice", "Endpoint " + endpoint.url() + " registered.");
    } catch (IllegalArgumentException e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/desk/webhooks";
  }

  @GetMapping("/desk/webhooks/{id}")
  String deliveries(Authentication authentication, @PathVariable long id, Model model) {
    editor(authentication);
    WebhookEndpoint endpoint =
        registry.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    model.addAttribute("endpoint", endpoint);
    model.addAttribute("deliveries", registry.history(id));
    return "webhook/deliveries";
  }

  @PostMapping("/desk/webhooks/{id}/disable")
  String disable(
      Authentication authentication, @PathVariable long id, RedirectAttributes redirect) {
    editor(authentication);
    registry.setEnabled(id, false);
    redirect.addFlashAttribute("notice", "Endpoint disabled; nothing more is sent to it.");
    return "redirect:/desk/webhooks";
  }

  @PostMapping("/desk/webhooks/{id}/enable")
  String enable(Authentication authentication, @PathVariable long id, RedirectAttributes redirect) {
    editor(authentication);
    registry.setEnabled(id, true);
    redirect.addFlashAttribute("notice", "Endpoint enabled.");
    return "redirect:/desk/webhooks";
  }

  private static void editor(Authentication authentication) {
    boolean allowed =
        authentication.getAuthorities().stream()
            .anyMatch(
                a ->
                    a.getAuthority().equals("ROLE_ADMIN")
                        || a.getAuthority().equals("ROLE_EDITOR"));
    if (!allowed) {
      throw new AccessDeniedException("Only editors and administrators manage webhooks");
    }
  }
}
