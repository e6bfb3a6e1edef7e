package org.iskra.newsletter;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.iskra.publication.PageFrames;
import org.iskra.publication.PublicationProfile;
import org.iskra.section.Section;
import org.iskra.section.Sections;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The reader's side of newsletters: sign-up ({@code /newsletter}), confirmation, preferences and
 * unsubscribing by signed link. Every sign-up that is an address answers the same redirect to
 * "check your inbox", whatever the address's state. {@code POST /newsletter/unsubscribe} is the RFC
 * 8058 one-click address: it needs no CSRF token (the signed token authenticates it).
 */
@Controller
class NewsletterPageController {

  private final Subscriptions subscriptions;
  private final SignUpThrottle throttle;
  private final PageFrames frames;
  private final Sections sections;
  private final PublicationProfile publication;
  private final NewsletterSettings settings;

  NewsletterPageController(
      Subscriptions subscriptions,
      SignUpThrottle throttle,
      PageFrames frames,
      Sections sections,
      PublicationProfile publication,
      NewsletterSettings settings) {
    this.subscriptions = subscriptions;
    this.throttle = throttle;
    this.frames = frames;
    this.sections = sections;
    this.publication = publication;
    this.settings = settings;
  }

  @GetMapping("/newsletter")
  String form(Model model, HttpServletRequest request, HttpServletResponse response) {
    return signUpPage(model, request, response, "", null);
  }

  @PostMapping("/newsletter")
  Object signUp(
      @RequestParam(defaultValue = "") String email,
      @RequestParam(defaultValue = "weekly") String frequency,
      @RequestParam(name = "section", required = false) List<String> chosenSections,
      @RequestParam(name = "language", required = false) List<String> chosenLanguages,
      @RequestParam(defaultValue = "") String website,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response) {
    if (!throttle.allowClient(request.getRemoteAddr())) {
      response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
      return notice(
          model,
          response,
          "Too many sign-ups",
          "Too many sign-ups came from your connection in the last hour. Please try again later.");
    }
    String address;
    try {
      address = Subscriptions.normalised(email);
    } catch (InvalidSignUp e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return signUpPage(model, request, response, email, e.getMessage());
    }
    // A filled-in hidden field is a robot's; it gets the same answer and nothing happens.
    if (website.isEmpty() && throttle.allowAddress(address)) {
      subscriptions.signUp(
          address,
          Subscriber.Frequency.of(frequency),
          chosen(chosenSections, sections.listAll().stream().map(Section::slug).toList()),
          chosen(chosenLanguages, languages()));
    }
    RedirectView check = new RedirectView("/newsletter/check");
    check.setStatusCode(HttpStatus.SEE_OTHER);
    check.setExposeModelAttributes(false);
    return check;
  }

  @GetMapping("/newsletter/check")
  String check(Model model, HttpServletResponse response) {
    return notice(
        model,
        response,
        "Check your inbox",
        "If the address can receive our newsletter, a message is on its way. Follow the link in"
            + " it to confirm: nothing else is sent until you do.");
  }

  @GetMapping("/newsletter/confirm")
  String confirm(
      @RequestParam(defaultValue = "") String token, Model model, HttpServletResponse response) {
    Optional<Subscriber> subscriber = subscriptions.confirm(token);
    if (subscriber.isEmpty() || subscriber.get().status() != Subscriber.Status.ACTIVE) {
      return invalid(model, response);
    }
    return notice(
        model,
        response,
        "You are subscribed",
        "Thank you: your address is confirmed. Every newsletter carries a link to change what you"
            + " receive or to unsubscribe.");
  }

  @GetMapping("/newsletter/preferences")
  String preferences(
      @RequestParam(defaultValue = "") String token,
      @RequestParam(required = false) String saved,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response) {
    Optional<Subscriber> subscriber = subscriptions.manage(token);
    if (subscriber.isEmpty()) {
      return invalid(model, response);
    }
    noStore(response);
    model.addAttribute("frame", frames.frame("Newsletter preferences", "", "", ""));
    model.addAttribute("subscriber", subscriber.get());
    model.addAttribute("token", token);
    model.addAttribute("sections", sections.listAll());
    model.addAttribute("languages", languages());
    model.addAttribute("saved", saved != null);
    model.addAttribute("csrf", request.getAttribute(CsrfToken.class.getName()));
    return "newsletter/preferences";
  }

  @PostMapping("/newsletter/preferences")
  Object savePreferences(
      @RequestParam(defaultValue = "") String token,
      @RequestParam(defaultValue = "weekly") String frequency,
      @RequestParam(name = "section", required = false) List<String> chosenSections,
      @RequestParam(name = "language", required = false) List<String> chosenLanguages,
      Model model,
      HttpServletResponse response) {
    if (!subscriptions.updatePreferences(
        token,
        Subscriber.Frequency.of(frequency),
        chosen(chosenSections, sections.listAll().stream().map(Section::slug).toList()),
        chosen(chosenLanguages, languages()))) {
      return invalid(model, response);
    }
    RedirectView back =
        new RedirectView(
            "/newsletter/preferences?saved&token="
                + java.net.URLEncoder.encode(token, java.nio.charset.StandardCharsets.UTF_8));
    back.setStatusCode(HttpStatus.SEE_OTHER);
    back.setExposeModelAttributes(false);
    return back;
  }

  @GetMapping("/newsletter/unsubscribe")
  String confirmUnsubscribe(
      @RequestParam(defaultValue = "") String token, Model model, HttpServletResponse response) {
    // A GET never unsubscribes: mail scanners follow links, and only a person should press this.
    if (subscriptions.manage(token).isEmpty()) {
      return invalid(model, response);
    }
    noStore(response);
    model.addAttribute("frame", frames.frame("Unsubscribe", "", "", ""));
    model.addAttribute("token", token);
    return "newsletter/unsubscribe";
  }

  @PostMapping("/newsletter/unsubscribe")
  String unsubscribe(
      @RequestParam(defaultValue = "") String token, Model model, HttpServletResponse response) {
    if (!subscriptions.unsubscribe(token)) {
      return invalid(model, response);
    }
    return notice(
        model,
        response,
        "You are unsubscribed",
        "You will receive no more newsletters from us. You can sign up again at any time.");
  }

  private String signUpPage(
      Model model,
      HttpServletRequest request,
      HttpServletResponse response,
      String email,
      String error) {
    noStore(response);
    model.addAttribute(
        "frame",
        frames.frame(
            "Newsletter",
            "The latest articles in your inbox, daily or weekly.",
            "/newsletter",
            ""));
    model.addAttribute("sections", sections.listAll());
    model.addAttribute("languages", languages());
    model.addAttribute("email", email);
    model.addAttribute("error", error);
    model.addAttribute("csrf", request.getAttribute(CsrfToken.class.getName()));
    return "newsletter/signup";
  }

  private String notice(Model model, HttpServletResponse response, String title, String text) {
    noStore(response);
    model.addAttribute("frame", frames.frame(title, "", "", ""));
    model.addAttribute("title", title);
    model.addAttribute("text", text);
    return "newsletter/notice";
  }

  private String invalid(Model model, HttpServletResponse response) {
    response.setStatus(HttpStatus.NOT_FOUND.value());
    return notice(
        model,
        response,
        "This link does not work",
        "The link is incomplete or no longer valid. Copy the whole address from the mail, or sign"
            + " up again.");
  }

  private List<String> languages() {
    List<String> configured = settings.languages().stream().filter(s -> !s.isBlank()).toList();
    return configured.isEmpty() ? List.of(publication.current().language()) : configured;
  }

  /** The reader's choice among the offered values; none or all chosen means "all". */
  private static List<String> chosen(List<String> chosen, List<String> offered) {
    if (chosen == null) {
      return List.of();
    }
    List<String> valid = chosen.stream().filter(offered::contains).distinct().toList();
    return valid.size() == offered.size() ? List.of() : valid;
  }

  private static void noStore(HttpServletResponse response) {
    response.setHeader("Cache-Control", "no-store");
  }
}
