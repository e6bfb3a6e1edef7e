package org.iskra.newsletter;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.iskra.article.ArticleCatalogue;
import org.iskra.article.ArticleListings;
import org.iskra.article.ArticleView;
import org.iskra.article.Listing;
import org.iskra.publication.PublicationProfile;
import org.iskra.publication.SiteSettings;
import org.springframework.stereotype.Component;

/**
 * Renders a queued message for one subscriber from the templates in {@code newsletter/mail/}: an
 * HTML and a plain-text part, with the subscriber's own signed links. Decides at send time whether
 * the mail still applies (the subscriber is still active, the digest has something for them).
 * Thread-safe.
 */
@Component
class NewsletterMail {

  /** Articles a digest lists at most. */
  static final int DIGEST_LIMIT = 50;

  /**
   * A rendered mail.
   *
   * @param unsubscribeUrl the one-click unsubscribe address, or null for a confirmation
   */
  record Outgoing(String subject, String text, String html, String unsubscribeUrl) {}

  private final TemplateEngine templates;
  private final LinkSigner signer;
  private final SiteSettings site;
  private final PublicationProfile publication;
  private final ArticleCatalogue catalogue;
  private final ArticleListings listings;

  NewsletterMail(
      TemplateEngine templates,
      LinkSigner signer,
      SiteSettings site,
      PublicationProfile publication,
      ArticleCatalogue catalogue,
      ArticleListings listings) {
    this.templates = templates;
    this.signer = signer;
    this.site = site;
    this.publication = publication;
    this.catalogue = catalogue;
    this.listings = listings;
  }

  /** The mail, or empty when it no longer applies to this subscriber. */
  Optional<Outgoing> render(MailQueue.Message message, Subscriber subscriber) {
    String name = publication.current().name();
    String manage = signer.token(subscriber, LinkSigner.Purpose.MANAGE);
    String preferences = site.absolute("/newsletter/preferences?token=" + manage);
    String unsubscribe = site.absolute("/newsletter/unsubscribe?token=" + manage);
    return switch (message.kind()) {
      case CONFIRMATION -> confirmation(name, subscriber, preferences);
      case ARTICLE -> {
        if (subscriber.status() != Subscriber.Status.ACTIVE || message.articleId() == null) {
          yield Optional.empty();
        }
        yield catalogue
            .find(message.articleId())
            .filter(view -> view.article().isPublished())
            .map(
                view ->
                    render(
                        "article",
                        new MailContent(
                            name,
                            view.article().title(),
                            view.article().title(),
                            view.standfirst(),
                            site.absolute(view.path()),
                            "Read it on the site",
                            List.of(item(view)),
                            view.article().body(),
                            preferences,
                            unsubscribe),
                        unsubscribe));
      }
      case DIGEST -> {
        if (subscriber.status() != Subscriber.Status.ACTIVE
            || !subscriber.frequency().code().equals(message.frequency())) {
          yield Optional.empty();
        }
        List<MailContent.Item> items =
            listings
                .latestInFull(
                    Listing.publishedBetween(message.periodFrom(), message.periodUntil()),
                    DIGEST_LIMIT)
                .stream()
                .filter(view -> subscriber.wantsSection(view.section().slug()))
                .filter(view -> subscriber.wantsLanguage(view.article().language()))
                .map(this::item)
                .toList();
        if (items.isEmpty()) {
          yield Optional.empty();
        }
        String subject =
            "Your "
                + message.frequency()
                + " digest from "
                + name
                + ": "
                + items.size()
                + (items.size() == 1 ? " new article" : " new articles");
        yield Optional.of(
            render(
                "digest",
                new MailContent(
                    name,
                    subject,
                    "New since your last digest",
                    "",
                    site.absolute("/"),
                    "Visit the site",
                    items,
                    "",
                    preferences,
                    unsubscribe),
                unsubscribe));
      }
    };
  }

  private Optional<Outgoing> confirmation(String name, Subscriber subscriber, String preferences) {
    if (subscriber.status() == Subscriber.Status.PENDING) {
      String confirm =
          site.absolute(
              "/newsletter/confirm?token=" + signer.token(subscriber, LinkSigner.Purpose.CONFIRM));
      return Optional.of(
          render(
              "confirm",
              new MailContent(
                  name,
                  "Confirm your subscription to " + name,
                  "Confirm your subscription",
                  "Someone, probably you, asked to receive the newsletter of "
                      + name
                      + " at this address. Nothing will be sent until you confirm. If it was not"
                      + " you, ignore this mail.",
                  confirm,
                  "Confirm my subscription",
                  List.of(),
                  "",
                  preferences,
                  null),
              null));
    }
    if (subscriber.status() == Subscriber.Status.ACTIVE) {
      return Optional.of(
          render(
              "confirm",
              new MailContent(
                  name,
                  "You already receive the newsletter of " + name,
                  "You are already subscribed",
                  "Someone, probably you, asked to subscribe this address again. It already"
                      + " receives the newsletter; you can change what you receive.",
                  preferences,
                  "Change my preferences",
                  List.of(),
                  "",
                  preferences,
                  null),
              null));
    }
    return Optional.empty();
  }

  private MailContent.Item item(ArticleView view) {
    return new MailContent.Item(
        view.article().title(), view.teaser(), site.absolute(view.path()), view.section().name());
  }

  private Outgoing render(String template, MailContent model, String unsubscribe) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("mail", model);
    StringOutput html = new StringOutput();
    templates.render("newsletter/mail/" + template + ".jte", params, html);
    StringOutput text = new StringOutput();
    templates.render("newsletter/mail/" + template + "-text.jte", params, text);
    return new Outgoing(model.subject(), text.toString(), html.toString(), unsubscribe);
  }
}
