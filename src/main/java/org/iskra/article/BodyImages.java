package org.iskra.article;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.iskra.media.Media;
import org.iskra.media.MediaLibrary;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * Gives the body's images from the media library what readers' browsers need: every size as {@code
 * srcset}, their proportions, lazy loading, and the library's alt text where the editor left the
 * image undescribed. Runs on sanitised bodies when they are stored, so pages pay nothing.
 */
@Component
class BodyImages {

  /** What the body column is wide: the full width on phones, the measure on wider screens. */
  static final String SIZES = "(min-width: 48rem) 42rem, 100vw";

  private static final Pattern MEDIA_SRC =
      Pattern.compile("^/media/([A-Za-z0-9_-]{8,64})/[0-9]{1,5}\\.(?:jpg|png)$");

  private final MediaLibrary library;

  BodyImages(MediaLibrary library) {
    this.library = library;
  }

  String enrich(String sanitisedBody) {
    if (sanitisedBody.isEmpty() || !sanitisedBody.contains("/media/")) {
      return sanitisedBody;
    }
    Document body = Jsoup.parseBodyFragment(sanitisedBody);
    body.outputSettings().prettyPrint(false);
    List<Element> images = body.select("img[src^=/media/]");
    Set<String> keys = new LinkedHashSet<>();
    for (Element image : images) {
      Matcher m = MEDIA_SRC.matcher(image.attr("src"));
      if (m.matches()) {
        keys.add(m.group(1));
      }
    }
    if (keys.isEmpty()) {
      return sanitisedBody;
    }
    Map<String, Media> found =
        library.listByKeys(keys).stream()
            .collect(Collectors.toMap(Media::key, Function.identity()));
    for (Element image : images) {
      Matcher m = MEDIA_SRC.matcher(image.attr("src"));
      Media media = m.matches() ? found.get(m.group(1)) : null;
      if (media == null) {
        continue;
      }
      image.attr("src", media.src(960));
      image.attr("srcset", media.srcset());
      image.attr("sizes", SIZES);
      image.attr("width", Integer.toString(media.width()));
      image.attr("height", Integer.toString(media.height()));
      image.attr("loading", "lazy");
      image.attr("decoding", "async");
      if (image.attr("alt").isBlank() && media.hasAltText()) {
        image.attr("alt", media.altText());
      }
    }
    return body.body().html();
  }
}
