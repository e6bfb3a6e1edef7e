package org.iskra.desk;

import java.security.Principal;
import org.iskra.account.Account;
import org.iskra.account.AccountRegistry;
import org.iskra.article.ArticleListings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The desk's dashboard: who is signed in, and how many articles are in each state. */
@Controller
class DeskController {

  private final AccountRegistry accounts;
  private final ArticleListings listings;

  DeskController(AccountRegistry accounts, ArticleListings listings) {
    this.accounts = accounts;
    this.listings = listings;
  }

  @GetMapping("/desk")
  String dashboard(Principal principal, Model model) {
    Account account = accounts.find(principal.getName()).orElseThrow();
    model.addAttribute("account", account);
    model.addAttribute("counts", listings.countByStatus());
    return "desk/dashboard";
  }
}
