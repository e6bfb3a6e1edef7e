package org.iskra.newsletter;

import org.iskra.article.ArticleListings;
import org.iskra.article.Listing;
import org.springframework.http.HttpStatus;
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
 * Newsletters in the desk: subscriber counts and the latest subscribers, the queue's state, and
 * recent articles to send. Every staff member may look; editors and administrators send, mark
 * bounces and complaints, and queue uncertain mail again.
 */
@Controller
class NewsletterDeskController {

  private static final int RECENT = 50;

  private final Subscriptions subscriptions;
  private final ArticleListings listings;

  NewsletterDeskController(Subscriptions subscriptions, ArticleListings listings) {
    this.subscriptions = subscriptions;
    this.listings = listings;
  }

  @GetMapping("/desk/newsletters")
  String overview(Model model, Authentication who) {
    model.addAttribute("counts", subscriptions.counts());
    model.addAttribute("queue", subscriptions.queueStatus());
    model.addAttribute("messages", subscriptions.recentMessages(20));
    model.addAttribute("subscribers", subscriptions.recent(RECENT));
    model.addAttribute("articles", listings.latest(Listing.everything(), 20));
    model.addAttribute("mayChange", mayChange(who));
    return "newsletter/desk";
  }

  @PostMapping("/desk/newsletters/articles/{id:\\d+}/send")
  String send(@PathVariable long id, Authentication who, RedirectAttributes flash) {
    requireChange(who);
    try {
      int queued = subscriptions.sendArticle(id, who.getName());
      flash.addFlashAttribute(
          "notice",
          "Article queued for " + queued + (queued == 1 ? " subscriber." : " subscribers."));
    } catch (InvalidSignUp e) {
      flash.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/desk/newsletters";
  }

  @PostMapping("/desk/newsletters/subscribers/{id:\\d+}/block")
  String block(
      @PathVariable long id,
      @RequestParam String status,
      Authentication who,
      RedirectAttributes flash) {
    requireChange(who);
    Subscriber.Status blocking =
        "complained".equals(status) ? Subscriber.Status.COMPLAINED : Subscriber.Status.BOUNCED;
    subscriptions.block(id, blocking);
    flash.addFlashAttribute(
        "notice", "Marked as " + blocking.code() + ": no more mail goes there.");
    return "redirect:/desk/newsletters";
  }

  @PostMapping("/desk/newsletters/queue/requeue")
  String requeue(Authentication who, RedirectAttributes flash) {
    requireChange(who);
    flash.addFlashAttribute("notice", subscriptions.requeueUncertain() + " mails queued again.");
    return "redirect:/desk/newsletters";
  }

  static boolean mayChange(Authentication who) {
    return who != null
        && who.getAuthorities().stream()
            .anyMatch(
                a ->
                    a.getAuthority().equals("ROLE_EDITOR")
                        || a.getAuthority().equals("ROLE_ADMIN"));
  }

  private static void requireChange(Authentication who) {
    if (!mayChange(who)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }
  }
}
