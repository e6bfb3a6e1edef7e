package org.iskra.newsletter;

import java.util.List;

/**
 * What the newsletter mail templates ({@code newsletter/mail/*.jte}) see: plain values, escaped by
 * the HTML templates and written as they are by the text ones.
 *
 * @param articleHtml the sent article's sanitised body, or empty
 * @param unsubscribeUrl the one-click unsubscribe address, or null for a confirmation
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
    String unsubscribeUrl) {

  /** One article of a digest or the article sent. */
  public record Item(String title, String teaser, String url, String section) {}
}
