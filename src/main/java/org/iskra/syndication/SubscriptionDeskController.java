package org.iskra.syndication;

import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.util.Optional;
import org.iskra.account.Account;
import org.iskra.account.AccountRegistry;
import org.iskra.article.Article;
import org.iskra.article.InvalidArticle;
import org.iskra.publication.PublicationProfile;
import org.iskra.section.Sections;
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
 * The desk's partner feeds, for editors and administrators: subscribe (fetching once at once, so
 * that a wrong address shows its error there and then), pause, resume, poll now, unsubscribe; and
 * the review queue, where an item is republished (as a draft opened in the editor, or published at
 * once) or dismissed.
 */
@Controller
class SubscriptionDeskController {

  /** Items a queue page shows. */
  private static final int QUEUE_PAGE = 200;

  private final PartnerFeeds feeds;
  private final FeedPolling polling;
  private final SubscriptionItems items;
  private final Republisher republisher;
  private final Sections sections;
  private final AccountRegistry accounts;
  private final PublicationProfile publication;

  SubscriptionDeskController(
      PartnerFeeds feeds,
      FeedPolling polling,
      SubscriptionItems items,
      Republisher republisher,
      Sections sections,
      AccountRegistry accounts,
      PublicationProfile publication) {
    this.feeds = feeds;
    this.polling = polling;
    this.items = items;
    this.republisher = republisher;
    this.sections = sections;
    this.accounts = accounts;
    this.publication = publication;
  }

  @GetMapping("/desk/subscriptions")
  String list(Authentication authentication, Model model) {
    editor(authentication);
    return listPage(model, "", "", "");
  }

  @PostMapping("/desk/subscriptions")
  String subscribe(
      Authentication authentication,
      @RequestParam(defaultValue = "") String url,
      @RequestParam(defaultValue = "") String partner,
      @RequestParam(defaultValue = "0") String section,
      @RequestParam(defaultValue = "") String fetch,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    editor(authentication);
    FeedSubscription subscription;
    try {
      subscription = feeds.subscribe(url, partner, number(section), authentication.getName());
    } catch (IllegalArgumentException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      model.addAttribute("error", e.getMessage());
      return listPage(model, url, partner, section);
    }
    String notice = "Subscribed to " + subscription.partner() + ".";
    if (!fetch.isEmpty()) {
      Optional<FeedPolling.Outcome> outcome = polling.pollNow(subscription.id());
      if (outcome.isPresent() && outcome.get().failed()) {
        redirect.addFlashAttribute(
            "error",
            "Subscribed to "
                + subscription.partner()
                + ", but the first fetch failed: "
                + outcome.get().error()
                + ". It will be tried again later; pause or unsubscribe if the address is wrong.");
        return "redirect:/desk/subscriptions";
      }
      notice += outcome.map(o -> " " + arrived(o.added())).orElse("");
    }
    redirect.addFlashAttribute("notice", notice);
    return "redirect:/desk/subscriptions";
  }

  @PostMapping("/desk/subscriptions/{id}/poll")
  String poll(Authentication authentication, @PathVariable long id, RedirectAttributes redirect) {
    editor(authentication);
    FeedSubscription subscription = subscription(id);
    Optional<FeedPolling.Outcome> outcome = polling.pollNow(id);
    if (outcome.isEmpty()) {
      redirect.addFlashAttribute("notice", subscription.partner() + " is being fetched already.");
    } else if (outcome.get().failed()) {
      redirect.addFlashAttribute(
          "error", "Fetching " + subscription.partner() + " failed: " + outcome.get().error());
    } else {
      redirect.addFlashAttribute(
          "notice",
          subscription.partner()
              + ": "
              + (outcome.get().notModified()
                  ? "unchanged since the last fetch."
                  : arrived(outcome.get().added())));
    }
    return "redirect:/desk/subscriptions";
  }

  @PostMapping("/desk/subscriptions/{id}/pause")
  String pause(Authentication authentication, @PathVariable long id, RedirectAttributes redirect) {
    editor(authentication);
    FeedSubscription subscription = subscription(id);
    feeds.pause(id);
    redirect.addFlashAttribute("notice", subscription.partner() + " paused: no more fetching.");
    return "redirect:/desk/subscriptions";
  }

  @PostMapping("/desk/subscriptions/{id}/resume")
  String resume(Authentication authentication, @PathVariable long id, RedirectAttributes redirect) {
    editor(authentication);
    FeedSubscription subscription = subscription(id);
    feeds.resume(id);
    redirect.addFlashAttribute("notice", subscription.partner() + " resumed.");
    return "redirect:/desk/subscriptions";
  }

  @PostMapping("/desk/subscriptions/{id}/delete")
  String delete(Authentication authentication, @PathVariable long id, RedirectAttributes redirect) {
    editor(authentication);
    FeedSubscription subscription = subscription(id);
    feeds.unsubscribe(id);
    redirect.addFlashAttribute(
        "notice",
        "Unsubscribed from "
            + subscription.partner()
            + "; its queue is emptied, republished articles stay.");
    return "redirect:/desk/subscriptions";
  }

  @GetMapping("/desk/subscriptions/queue")
  String queue(
      Authentication authentication,
      @RequestParam(defaultValue = "new") String state,
      @RequestParam(defaultValue = "0") String subscription,
      Model model) {
    editor(authentication);
    SubscriptionItem.State chosen;
    try {
      chosen = SubscriptionItem.State.fromCode(state);
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "No queue '" + state + "'");
    }
    return queuePage(model, chosen, number(subscription));
  }

  @PostMapping("/desk/subscriptions/items/{id}/republish")
  String republish(
      Authentication authentication,
      @PathVariable long id,
      @RequestParam(defaultValue = "draft") String as,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    editor(authentication);
    boolean publish = as.equals("published");
    try {
      Article article = republisher.republish(me(authentication), id, publish);
      if (!publish) {
        return "redirect:/desk/articles/" + article.id() + "?done=save";
      }
      redirect.addFlashAttribute("notice", "Published \"" + article.title() + "\".");
      redirect.addFlashAttribute("published", article.id());
      return "redirect:/desk/subscriptions/queue";
    } catch (InvalidArticle | InvalidSubscription e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      model.addAttribute("error", "Not republished: " + e.getMessage());
      return queuePage(model, SubscriptionItem.State.NEW, 0);
    }
  }

  @PostMapping("/desk/subscriptions/items/{id}/dismiss")
  String dismiss(
      Authentication authentication, @PathVariable long id, RedirectAttributes redirect) {
    editor(authentication);
    SubscriptionItem item =
        items.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    if (republisher.dismiss(me(authentication), id)) {
      redirect.addFlashAttribute("notice", "Dismissed \"" + item.title() + "\".");
    } else {
      redirect.addFlashAttribute("error", "\"" + item.title() + "\" was decided on already.");
    }
    return "redirect:/desk/subscriptions/queue";
  }

  private String listPage(Model model, String url, String partner, String section) {
    model.addAttribute("rows", feeds.list());
    model.addAttribute("sections", sections.listAll());
    model.addAttribute("url", url);
    model.addAttribute("partner", partner);
    model.addAttribute("section", section);
    model.addAttribute("zone", zone());
    return "syndication/subscriptions";
  }

  private String queuePage(Model model, SubscriptionItem.State state, long subscriptionId) {
    model.addAttribute("state", state.code());
    model.addAttribute(
        "items", items.listByState(state, subscriptionId == 0 ? null : subscriptionId, QUEUE_PAGE));
    model.addAttribute("rows", feeds.list());
    model.addAttribute("subscriptionId", subscriptionId);
    model.addAttribute("zone", zone());
    return "syndication/queue";
  }

  private FeedSubscription subscription(long id) {
    return feeds.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  private Account me(Authentication authentication) {
    return accounts
        .find(authentication.getName())
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
  }

  private ZoneId zone() {
    return publication.current().zone();
  }

  private static String arrived(int added) {
    return added == 0
        ? "No new items."
        : added == 1 ? "1 new item in the queue." : added + " new items in the queue.";
  }

  private static long number(String value) {
    try {
      return Math.max(0, Long.parseLong(value.strip()));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static void editor(Authentication authentication) {
    boolean allowed =
        authentication.getAuthorities().stream()
            .anyMatch(
                a ->
                    a.getAuthority().equals("ROLE_ADMIN")
                        || a.getAuthority().equals("ROLE_EDITOR"));
    if (!allowed) {
      throw new AccessDeniedException("Only editors and administrators manage partner feeds");
    }
  }
}
