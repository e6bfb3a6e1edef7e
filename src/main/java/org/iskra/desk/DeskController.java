package org.iskra.desk;

import java.security.Principal;
import org.iskra.account.Account;
import org.iskra.account.AccountRegistry;
import org.iskra.article.ArticleListings;
import org.iskra.publication.PageFrames;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The desk's dashboard: who is signed in, and how many articles are in each state. */
@Controller
class DeskController {

  private final AccountRegistry accounts;
  private final ArticleListings listings;
  private final PageFrames frames;

  DeskController(AccountRegistry accounts, ArticleListings listings, PageFrames frames) {
    this.accounts = accounts;
    this.listings = listings;
    this.frames = frames;
  }

  @GetMapping("/desk")
  String dashboard(Principal principal, CsrfToken csrf, Model model) {
    Account account = accounts.find(principal.getName()).orElseThrow();
    model.addAttribute("frame", frames.frame("Desk", "The editorial desk", "/desk", ""));
    model.addAttribute("account", account);
    model.addAttribute("counts", listings.countByStatus());
    model.addAttribute("csrf", csrf);
    return "desk/dashboard";
  }
}
