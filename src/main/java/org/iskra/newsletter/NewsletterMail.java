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
import org.iskra.publication.ReaderLanguages;
import org.iskra.publication.SiteSettings;
import org.iskra.publication.Words;
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
  private final ReaderLanguages languages;

  NewsletterMail(
      TemplateEngine templates,
      LinkSigner signer,
      SiteSettings site,
      PublicationProfile publication,
      ArticleCatalogue catalogue,
      ArticleListings listings,
      ReaderLanguages languages) {
    this.languages = languages;
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
    // In the subscriber's first language, else the publication's (English without a bundle).
    String language =
        subscriber.languages().isEmpty()
            ? publication.current().language()
            : subscriber.languages().getFirst();
    Words words = languages.of(language);
    String manage = signer.token(subscriber, LinkSigner.Purpose.MANAGE);
    String preferences = site.absolute("/newsletter/preferences?token=" + manage);
    String unsubscribe = site.absolute("/newsletter/unsubscribe?token=" + manage);
    return switch (message.kind()) {
      case CONFIRMATION -> confirmation(name, subscriber, preferences, language, words);
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
                            words.t("mail.article.action"),
                            List.of(item(view)),
                            view.article().body(),
                            preferences,
                            unsubscribe,
                            language,
                            words),
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
        String frequency = words.t("mail.frequency." + message.frequency());
        String subject =
            items.size() == 1
                ? words.t("mail.digest.subject-one", frequency, name)
                : words.t("mail.digest.subject-many", frequency, name, items.size());
        yield Optional.of(
            render(
                "digest",
                new MailContent(
                    name,
                    subject,
                    words.t("mail.digest.heading"),
                    "",
                    site.absolute("/"),
                    words.t("mail.digest.action"),
                    items,
                    "",
                    preferences,
                    unsubscribe,
                    language,
                    words),
                unsubscribe));
      }
    };
  }

  private Optional<Outgoing> confirmation(
      String name, Subscriber subscriber, String preferences, String language, Words words) {
    if (subscriber.status() == Subscriber.Status.PENDING) {
      String confirm =
          site.absolute(
              "/newsletter/confirm?token=" + signer.token(subscriber, LinkSigner.Purpose.CONFIRM));
      return Optional.of(
          render(
              "confirm",
              new MailContent(
                  name,
                  words.t("mail.confirm.subject", name),
                  words.t("mail.confirm.heading"),
                  words.t("mail.confirm.intro", name),
                  confirm,
                  words.t("mail.confirm.action"),
                  List.of(),
                  "",
                  preferences,
                  null,
                  language,
                  words),
              null));
    }
    if (subscriber.status() == Subscriber.Status.ACTIVE) {
      return Optional.of(
          render(
              "confirm",
              new MailContent(
                  name,
                  words.t("mail.again.subject", name),
                  words.t("mail.again.heading"),
                  words.t("mail.again.intro"),
                  preferences,
                  words.t("mail.again.action"),
                  List.of(),
                  "",
                  preferences,
                  null,
                  language,
                  words),
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
