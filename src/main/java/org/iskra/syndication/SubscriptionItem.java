package org.iskra.syndication;

import java.time.Instant;

/**
 * An item of a partner's feed in the review queue.
 *
 * @param guid its identity in the feed: the GUID, else its link
 * @param link its address on the partner's site, or null when the feed gave none
 * @param summary plain text, or empty
 * @param content sanitised HTML, or empty
 * @param author the partner's byline, names separated by commas, or empty
 * @param publishedAt when the partner published it, or null
 * @param articleId the article it was republished as, or null
 * @param subscriptionId its subscription, or 0 once unsubscribed (decided items stay known)
 * @param partner the partner publication's name (of its subscription), or empty once unsubscribed
 */
public record SubscriptionItem(
    long id,
    long subscriptionId,
    String guid,
    String link,
    String title,
    String summary,
    String content,
    String author,
    Instant publishedAt,
    State state,
    Long articleId,
    Instant arrivedAt,
    String decidedBy,
    String partner) {

  /** Where an item stands in the review queue. */
  public enum State {
    NEW("new"),
    REPUBLISHED("republished"),
    DISMISSED("dismissed");

    private final String code;

    State(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }

    static State fromCode(String code) {
      for (State state : values()) {
        if (state.code.equals(code)) {
          return state;
        }
      }
      throw new IllegalArgumentException("No item state '" + code + "'");
    }
  }

  /** What the queue shows of it: the summary, else the start of its text. */
  public String excerpt() {
    String text = summary.isEmpty() ? org.jsoup.Jsoup.parse(content).text() : summary;
    return text.length() <= 400 ? text : text.substring(0, 400).strip() + "…";
  }

  /** When the partner published it, else when it arrived. */
  public Instant date() {
    return publishedAt != null ? publishedAt : arrivedAt;
  }
}
