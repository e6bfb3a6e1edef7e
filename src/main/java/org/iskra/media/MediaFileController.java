package org.iskra.media;

import java.io.InputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public image files at {@code /media/KEY/WIDTH.EXT}. A file never changes under its address (a
 * new upload gets a new key), so browsers and caches may keep it for a year without asking again.
 * Opens no session.
 */
@Controller
class MediaFileController {

  private static final Logger log = LoggerFactory.getLogger(MediaFileController.class);

  static final String CACHE_FOREVER = "public, max-age=31536000, immutable";

  private static final Pattern FILE = Pattern.compile("([1-9][0-9]{0,4})\\.(jpg|png)");

  private final MediaLibrary library;
  private final MediaStore store;

  MediaFileController(MediaLibrary library, MediaStore store) {
    this.library = library;
    this.store = store;
  }

  @GetMapping("/media/{key}/{file}")
  ResponseEntity<InputStreamResource> file(
      @PathVariable String key, @PathVariable String file, WebRequest request) {
    Matcher name = FILE.matcher(file);
    if (!name.matches()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    int width = Integer.parseInt(name.group(1));
    Media media =
        library
            .findByKey(key)
            .filter(m -> m.variantWidths().contains(width))
            .filter(m -> m.extension().equals(name.group(2)))
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    String etag = "\"" + key + "-" + width + "\"";
    if (request.checkNotModified(etag)) {
      return null;
    }
    InputStream content =
        store
            .open(MediaLibrary.fileKey(key, width, media.extension()))
            .orElseThrow(
                () -> {
                  log.warn("Media {} has no file for width {}", key, width);
                  return new ResponseStatusException(HttpStatus.NOT_FOUND);
                });
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(media.contentType()))
        .header(HttpHeaders.CACHE_CONTROL, CACHE_FOREVER)
        .header("X-Content-Type-Options", "nosniff")
        .eTag(etag)
        .body(new InputStreamResource(content));
  }
}
