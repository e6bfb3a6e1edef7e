package org.iskra.feed;

import java.util.Optional;
import org.iskra.publication.FeedLink;
import org.springframework.http.MediaType;

/** The three kinds of feed, each with its file name under a listing's path and its media type. */
enum FeedFormat {
  RSS(FeedLink.RSS_FILE, FeedLink.RSS_TYPE),
  ATOM(FeedLink.ATOM_FILE, FeedLink.ATOM_TYPE),
  JSON(FeedLink.JSON_FILE, FeedLink.JSON_TYPE);

  /** The file names as a path-variable pattern; no slug contains a dot, so none matches these. */
  static final String FILES = "feed\\.xml|atom\\.xml|feed\\.json";

  private final String file;
  private final MediaType mediaType;

  FeedFormat(String file, String type) {
    this.file = file;
    this.mediaType = MediaType.parseMediaType(type + ";charset=utf-8");
  }

  /** The feed's path under a listing's path ({@code /americas} → {@code /americas/feed.xml}). */
  String pathUnder(String basePath) {
    return (basePath.endsWith("/") ? basePath : basePath + "/") + file;
  }

  MediaType mediaType() {
    return mediaType;
  }

  /** The {@code Content-Type} the site answers the feed with. */
  String contentType() {
    return mediaType.toString();
  }

  static Optional<FeedFormat> ofFile(String file) {
    for (FeedFormat format : values()) {
      if (format.file.equals(file)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }
}
