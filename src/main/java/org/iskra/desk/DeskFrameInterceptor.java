package org.iskra.desk;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.iskra.publication.PublicationProfile;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Adds the {@link DeskFrame} to every desk page rendered by a view, so that the features' desk
 * controllers need not know about the shell. Registered for {@code /desk/**} only: public pages
 * never pay for it.
 */
@Component
class DeskFrameInterceptor implements HandlerInterceptor {

  private final PublicationProfile publication;

  DeskFrameInterceptor(PublicationProfile publication) {
    this.publication = publication;
  }

  @Override
  public void postHandle(
      HttpServletRequest request,
      HttpServletResponse response,
      Object handler,
      ModelAndView modelAndView) {
    if (modelAndView == null || modelAndView.getViewName() == null) {
      return;
    }
    String viewName = modelAndView.getViewName();
    if (viewName.startsWith("redirect:") || viewName.startsWith("forward:")) {
      return;
    }
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !authentication.isAuthenticated()) {
      return;
    }
    Set<String> roles =
        authentication.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .filter(authority -> authority.startsWith("ROLE_"))
            .map(authority -> authority.substring("ROLE_".length()))
            .collect(Collectors.toUnmodifiableSet());
    CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
    modelAndView.addObject(
        "desk",
        new DeskFrame(
            publication.current(),
            authentication.getName(),
            roles,
            csrf == null ? "_csrf" : csrf.getParameterName(),
            csrf == null ? "" : csrf.getToken(),
            csrf == null ? "X-CSRF-TOKEN" : csrf.getHeaderName(),
            navigation(roles),
            request.getRequestURI()));
  }

  private static List<DeskFrame.Link> navigation(Set<String> roles) {
    List<DeskFrame.Link> links = new ArrayList<>();
    links.add(new DeskFrame.Link("Dashboard", "/desk"));
    links.add(new DeskFrame.Link("Articles", "/desk/articles"));
    links.add(new DeskFrame.Link("Translations", "/desk/translations"));
    links.add(new DeskFrame.Link("Editions", "/desk/editions"));
    links.add(new DeskFrame.Link("Media", "/desk/media"));
    links.add(new DeskFrame.Link("Appeals", "/desk/appeals"));
    links.add(new DeskFrame.Link("Events", "/desk/events"));
    links.add(new DeskFrame.Link("Newsletters", "/desk/newsletters"));
    if (roles.contains("ADMIN") || roles.contains("EDITOR")) {
      links.add(new DeskFrame.Link("API keys", "/desk/api-keys"));
      links.add(new DeskFrame.Link("Webhooks", "/desk/webhooks"));
      links.add(new DeskFrame.Link("Partner feeds", "/desk/subscriptions"));
    }
    links.add(new DeskFrame.Link("API tokens", "/desk/api-tokens"));
    if (roles.contains("ADMIN")) {
      links.add(new DeskFrame.Link("Users", "/desk/users"));
      links.add(new DeskFrame.Link("Audit log", "/desk/audit"));
      links.add(new DeskFrame.Link("Static copy", "/desk/static-copy"));
    }
    links.add(new DeskFrame.Link("My account", "/desk/account"));
    return List.copyOf(links);
  }
}
