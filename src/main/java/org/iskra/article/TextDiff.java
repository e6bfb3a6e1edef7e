package org.iskra.article;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Word-level differences between two texts, as segments the templates escape and mark up; bodies
 * are compared as the text of their blocks, one paragraph per line, with images and links named.
 */
public final class TextDiff {

  /** A run of words that both texts share, or that only the older or the newer one has. */
  public record Segment(Kind kind, String text) {}

  public enum Kind {
    SAME,
    REMOVED,
    ADDED
  }

  private static final Pattern TOKEN = Pattern.compile("\\s+|[^\\s]+");

  private TextDiff() {}

  static List<Segment> of(String older, String newer) {
    List<String> a = tokens(older);
    List<String> b = tokens(newer);
    Patch<String> patch = DiffUtils.diff(a, b);
    List<Segment> segments = new ArrayList<>();
    int position = 0;
    for (AbstractDelta<String> delta : patch.getDeltas()) {
      int start = delta.getSource().getPosition();
      add(segments, Kind.SAME, a.subList(position, start));
      add(segments, Kind.REMOVED, delta.getSource().getLines());
      add(segments, Kind.ADDED, delta.getTarget().getLines());
      position = start + delta.getSource().size();
    }
    add(segments, Kind.SAME, a.subList(position, a.size()));
    return segments;
  }

  static boolean changed(List<Segment> segments) {
    return segments.stream().anyMatch(segment -> segment.kind() != Kind.SAME);
  }

  /** An HTML body as readable lines: one per block, images as [image: alt], links with targets. */
  static String bodyText(String html) {
    if (html == null || html.isBlank()) {
      return "";
    }
    StringBuilder text = new StringBuilder();
    for (Element element :
        Jsoup.parseBodyFragment(html)
            .body()
            .select("p, h1, h2, h3, h4, h5, h6, li, blockquote, figcaption, pre, img, iframe")) {
      String line =
          switch (element.tagName()) {
            case "img" -> "[image: " + element.attr("alt") + " " + element.attr("src") + "]";
            case "iframe" -> "[video: " + element.attr("src") + "]";
            default -> element.ownText().isBlank() ? "" : element.text();
          };
      if (!line.isBlank()) {
        text.append(line).append('\n');
      }
    }
    return text.toString().strip();
  }

  private static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher matcher = TOKEN.matcher(text == null ? "" : text);
    while (matcher.find()) {
      tokens.add(matcher.group());
    }
    return tokens;
  }

  private static void add(List<Segment> segments, Kind kind, List<String> tokens) {
    if (tokens.isEmpty()) {
      return;
    }
    String text = String.join("", tokens);
    if (!segments.isEmpty() && segments.getLast().kind() == kind) {
      Segment last = segments.removeLast();
      segments.add(new Segment(kind, last.text() + text));
    } else {
      segments.add(new Segment(kind, text));
    }
  }
}
