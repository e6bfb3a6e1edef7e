package org.iskra.article;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The short text that stands for an article in listings, feeds and meta descriptions.
 *
 * <p>The standfirst when there is one, shown whole; otherwise the body's first paragraph, cut at a
 * sentence end within {@link #LIMIT} characters, else at a word boundary. Text that does not end a
 * sentence always ends with an ellipsis, so a reader never meets a dangling half sentence.
 * Thread-safe.
 */
public final class TeaserText {

  /** Longest teaser derived from a body, in characters. */
  public static final int LIMIT = 300;

  /** A cut at a sentence end is taken only if it keeps at least this share of the limit. */
  private static final int SHORTEST_SENTENCE_CUT = LIMIT / 3;

  static final String ELLIPSIS = "…";

  // Building a break iterator loads its rules; cloning a prototype is far cheaper (ICU's advice).
  private static final BreakIterator SENTENCES =
      BreakIterator.getSentenceInstance(new ULocale("en@ss=standard"));
  private static final BreakIterator WORDS = BreakIterator.getWordInstance(ULocale.ROOT);

  /**
   * Teasers derived from bodies, by body. Deriving one parses the body, and every listing, feed and
   * article page asks again for the same articles' teasers; keyed by the text itself, a kept teaser
   * can never belong to another version of the body. Bounded by the characters of the bodies held
   * (8 million, 16 MB at most).
   */
  private static final Cache<String, String> FROM_BODY =
      Caffeine.newBuilder()
          .maximumWeight(8_000_000)
          .weigher((String body, String teaser) -> body.length() + teaser.length())
          .build();

  private TeaserText() {}

  /** The teaser for an article with this standfirst (plain text) and body (sanitised HTML). */
  public static String of(String standfirst, String bodyHtml) {
    if (standfirst != null && !standfirst.isBlank()) {
      return finished(collapse(standfirst));
    }
    return fromBody(bodyHtml);
  }

  /** Plain text cut to at most {@code limit} characters, by the same rules as a derived teaser. */
  public static String cut(String text, int limit) {
    String plain = collapse(text);
    if (plain.length() <= limit) {
      return finished(plain);
    }
    int sentenceEnd = lastSentenceEnd(plain, limit);
    if (sentenceEnd >= Math.min(SHORTEST_SENTENCE_CUT, limit / 3)) {
      return plain.substring(0, sentenceEnd).strip();
    }
    return cutAtWord(plain, limit) + ELLIPSIS;
  }

  /**
   * A headline made from text that has none: its first sentence without the full stop, or, when
   * that is longer than {@code limit}, its first words and an ellipsis.
   */
  public static String headline(String text, int limit) {
    String plain = collapse(text);
    BreakIterator sentences = (BreakIterator) SENTENCES.clone();
    sentences.setText(plain);
    int end = sentences.next();
    String first = end == BreakIterator.DONE ? plain : plain.substring(0, end).strip();
    if (first.length() > limit) {
      return cutAtWord(first, limit) + ELLIPSIS;
    }
    return first.endsWith(".") && !first.endsWith("..")
        ? first.substring(0, first.length() - 1)
        : first;
  }

  private static String fromBody(String bodyHtml) {
    if (bodyHtml == null || bodyHtml.isBlank()) {
      return "";
    }
    return FROM_BODY.get(bodyHtml, TeaserText::derive);
  }

  private static String derive(String bodyHtml) {
    Document body = Jsoup.parseBodyFragment(bodyHtml);
    String paragraph = "";
    for (Element p : body.select("p")) {
      if (!p.text().isBlank()) {
        paragraph = p.text();
        break;
      }
    }
    if (paragraph.isEmpty()) {
      paragraph = body.text();
    }
    return paragraph.isBlank() ? "" : cut(paragraph, LIMIT);
  }

  /** The text itself when it ends a sentence, else the text followed by an ellipsis. */
  static String finished(String text) {
    if (text.isEmpty() || endsSentence(text)) {
      return text;
    }
    return stripTrailingPunctuation(text) + ELLIPSIS;
  }

  static boolean endsSentence(String text) {
    int i = text.length() - 1;
    // Closing quotes and brackets may follow the full stop: ‘He said “no.”’
    while (i >= 0 && "\"'”’»)]".indexOf(text.charAt(i)) >= 0) {
      i--;
    }
    return i >= 0 && ".!?…".indexOf(text.charAt(i)) >= 0;
  }

  private static int lastSentenceEnd(String text, int limit) {
    BreakIterator sentences = (BreakIterator) SENTENCES.clone();
    sentences.setText(text);
    int best = -1;
    for (int end = sentences.next();
        end != BreakIterator.DONE && end <= limit;
        end = sentences.next()) {
      if (endsSentence(text.substring(0, end).strip())) {
        best = end;
      }
    }
    return best;
  }

  private static String cutAtWord(String text, int limit) {
    BreakIterator words = (BreakIterator) WORDS.clone();
    words.setText(text);
    int boundary = words.preceding(limit + 1);
    while (boundary > 0
        && !Character.isWhitespace(text.charAt(boundary - 1))
        && !Character.isWhitespace(text.charAt(Math.min(boundary, text.length() - 1)))) {
      boundary = words.preceding(boundary);
    }
    if (boundary <= 0) {
      boundary = limit;
    }
    return stripTrailingPunctuation(text.substring(0, boundary).strip());
  }

  private static String stripTrailingPunctuation(String text) {
    int end = text.length();
    while (end > 0 && ",;:–—-([{\"'“‘ ".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return text.substring(0, end);
  }

  /**
   * The text without white space or Unicode separators (no-break spaces included) at its edges, and
   * with every run of white space inside it made one space; inner no-break spaces are kept on
   * purpose. By hand: the two regular expressions it replaces were a twentieth of drawing a
   * listing.
   */
  static String collapse(String text) {
    if (text == null) {
      return "";
    }
    int start = 0;
    int end = text.length();
    while (start < end && isEdge(text.charAt(start))) {
      start++;
    }
    while (end > start && isEdge(text.charAt(end - 1))) {
      end--;
    }
    StringBuilder out = null;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (!isWhiteSpace(c)) {
        if (out != null) {
          out.append(c);
        }
        continue;
      }
      int run = i + 1;
      while (run < end && isWhiteSpace(text.charAt(run))) {
        run++;
      }
      if (out == null) {
        if (c == ' ' && run == i + 1) {
          continue; // one plain space: nothing to change yet
        }
        out = new StringBuilder(end - start).append(text, start, i);
      }
      out.append(' ');
      i = run - 1;
    }
    return out != null ? out.toString() : text.substring(start, end);
  }

  /** What the regular expression class \\s matches: ASCII white space. */
  private static boolean isWhiteSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  /** White space or a Unicode separator, as [\\s\\p{Z}]. */
  private static boolean isEdge(char c) {
    if (isWhiteSpace(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.SPACE_SEPARATOR
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR;
  }
}
