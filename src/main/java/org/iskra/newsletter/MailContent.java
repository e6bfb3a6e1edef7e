package org.iskra.newsletter;

import java.util.List;

/**
 * What the newsletter mail templates ({@code newsletter/mail/*.jte}) see: plain values, escaped by
 * the HTML templates and written as they are by the text ones.
 *
 * @param articleHtml the sent article's sanitised body, or empty
 * @param unsubscribeUrl the one-click unsubscribe address, or null for a confirmation
 * @param language the mail's language (BCP 47): the subscriber's first, or the publication's
 * @param words the mail's fixed words in that language ({@code mail.words().t("mail.unsubscribe")})
 */
public record MailContent(
    String publication,
    String subject,
    String heading,
    String intro,
    String actionUrl,
    String actionLabel,
    List<Item> items,
    String articleHtml,
    String preferencesUrl,
    String unsubscribeUrl,
    String language,
    org.iskra.publication.Words words) {

  /** One article of a digest or the article sent. */
  public record Item(String title, String teaser, String url, String section) {}
}
