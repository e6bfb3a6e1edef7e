package org.iskra.article;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** The rule that every image a reader sees is described for those who cannot see it. */
final class AltText {

  private AltText() {}

  /** The {@code src} of every image in the body without a text alternative, in order. */
  static List<String> imagesWithout(String body) {
    if (body == null || body.isBlank()) {
      return List.of();
    }
    List<String> missing = new ArrayList<>();
    for (Element image : Jsoup.parseBodyFragment(body).select("img")) {
      if (image.attr("alt").isBlank()) {
        missing.add(image.attr("src"));
      }
    }
    return missing;
  }
}
