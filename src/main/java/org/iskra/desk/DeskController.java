package org.iskra.desk;

import java.security.Principal;
import org.iskra.account.Account;
import org.iskra.account.AccountRegistry;
import org.iskra.article.ArticleListings;
import org.iskra.article.DeskArticleList;
import org.iskra.article.DeskFilter;
import org.iskra.publication.PublicationProfile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The desk's dashboard: who is signed in, how many articles are in each state, what is scheduled
 * and what changed last.
 */
@Controller
class DeskController {

  private final AccountRegistry accounts;
  private final ArticleListings listings;

  /** Articles per list on the dashboard. */
  private static final int RECENT = 8;

  private final DeskArticleList articles;
  private final PublicationProfile publication;

  DeskController(
      AccountRegistry accounts,
      ArticleListings listings,
      DeskArticleList articles,
      PublicationProfile publication) {
    this.accounts = accounts;
    this.listings = listings;
    this.articles = articles;
    this.publication = publication;
  }

  @GetMapping("/desk")
  String dashboard(Principal principal, Model model) {
    Account account = accounts.find(principal.getName()).orElseThrow();
    model.addAttribute("account", account);
    model.addAttribute("counts", listings.countByStatus());
    model.addAttribute(
        "scheduled",
        articles.page(new DeskFilter("scheduled", 0, 0, "", ""), 1).rows().stream()
            .limit(RECENT)
            .toList());
    model.addAttribute(
        "recent",
        articles.page(new DeskFilter("", 0, 0, "", ""), 1).rows().stream().limit(RECENT).toList());
    model.addAttribute("zone", publication.current().zone());
    return "desk/dashboard";
  }
}
