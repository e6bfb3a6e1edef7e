package org.iskra.article;

import java.time.Instant;
import java.util.List;

/**
 * What an article page says about itself to search engines and social networks, beyond the frame's
 * title, description and canonical address.
 *
 * @param linkedData schema.org {@code NewsArticle} JSON-LD, safe to put inside a {@code <script>}
 *     element as it is (no {@code <} in it)
 * @param image the picture shared with the link, or null when the article has none with alt text
 * @param translations the article itself and its published translations, each with its language;
 *     empty when it has none
 * @param modified when readers could last see a change: the last save, or the publication when it
 *     came later (a scheduled article)
 * @param original the original's address when the article is republished from elsewhere: the page's
 *     canonical link, in place of the page's own; or null
 * @param url the page's own absolute address
 */
public record ArticleHead(
    String linkedData,
    SharedImage image,
    List<Translation> translations,
    Instant modified,
    String original,
    String url) {

  /** An image variant by its absolute address and its size in pixels. */
  public record SharedImage(String url, int width, int height, String alt) {}

  /** The same article in another language ({@code hreflang}). */
  public record Translation(String language, String url) {}
}
