package org.iskra.syndication;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WordPress post content as HTML: what WordPress does when it shows a post. {@code [caption]}
 * becomes a figure with its caption, other known shortcodes are dropped (their content stays), and
 * paragraphs separated by blank lines become {@code <p>}s. Stateless.
 */
final class Shortcodes {

  private static final Pattern CAPTION =
      Pattern.compile(
          "\\[(?:wp_)?caption([^\\]]*)\\](.*?)\\[/(?:wp_)?caption\\]",
          Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

  private static final Pattern CAPTION_ATTRIBUTE =
      Pattern.compile("caption=(?:\"([^\"]*)\"|'([^']*)')", Pattern.CASE_INSENSITIVE);

  private static final Pattern IMAGE_FIRST =
      Pattern.compile(
          "^\\s*((?:<a\\b[^>]*>\\s*)?<img\\b[^>]*>(?:\\s*</a>)?)(.*)$",
          Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

  private static final Pattern SHORTCODE = Pattern.compile("\\[(/?)([a-zA-Z][\\w-]*)([^\\]]*)\\]");

  private static final Set<String> KNOWN =
      Set.of(
          "gallery",
          "embed",
          "audio",
          "video",
          "playlist",
          "youtube",
          "vimeo",
          "soundcloud",
          "contact-form",
          "contact-form-7",
          "column",
          "columns",
          "row",
          "one_half",
          "one_third",
          "button",
          "quote",
          "pullquote",
          "tweet",
          "fusion_builder_container",
          "vc_row",
          "vc_column",
          "vc_column_text");

  private static final Pattern BLOCK_START =
      Pattern.compile(
          "^<(p|div|figure|h[1-6]|ul|ol|li|blockquote|table|pre|hr|iframe|section|dl)\\b",
          Pattern.CASE_INSENSITIVE);

  private Shortcodes() {}

  static String toHtml(String content) {
    if (content == null || content.isBlank()) {
      return "";
    }
    String html = captions(content.replace("\r\n", "\n"));
    html = strip(html);
    return paragraphs(html);
  }

  private static String captions(String content) {
    Matcher m = CAPTION.matcher(content);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String inner = m.group(2);
      Matcher image = IMAGE_FIRST.matcher(inner);
      String media = inner;
      String caption = "";
      if (image.matches()) {
        media = image.group(1);
        caption = image.group(2).strip();
      }
      Matcher attribute = CAPTION_ATTRIBUTE.matcher(m.group(1));
      if (caption.isEmpty() && attribute.find()) {
        caption = attribute.group(1) != null ? attribute.group(1) : attribute.group(2);
      }
      String figure =
          "\n\n<figure>"
              + media.strip()
              + (caption.isEmpty() ? "" : "<figcaption>" + caption + "</figcaption>")
              + "</figure>\n\n";
      m.appendReplacement(out, Matcher.quoteReplacement(figure));
    }
    m.appendTail(out);
    return out.toString();
  }

  // Only known shortcodes and those with attributes, so that "[sic]" or "[1]" in text survive.
  private static String strip(String html) {
    Matcher m = SHORTCODE.matcher(html);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(2).toLowerCase(java.util.Locale.ROOT);
      boolean shortcode = KNOWN.contains(name) || m.group(3).contains("=");
      m.appendReplacement(out, shortcode ? "" : Matcher.quoteReplacement(m.group()));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String paragraphs(String html) {
    StringBuilder out = new StringBuilder();
    for (String chunk : html.split("\\n\\s*\\n")) {
      String block = chunk.strip();
      if (block.isEmpty()) {
        continue;
      }
      if (BLOCK_START.matcher(block).find()) {
        out.append(block);
      } else {
        out.append("<p>").append(block.replace("\n", "<br>\n")).append("</p>");
      }
      out.append('\n');
    }
    return out.toString().strip();
  }
}
