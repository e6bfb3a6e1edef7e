package org.iskra.media;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * JSON for the article editor: TinyMCE's {@code images_upload_handler} posts here (CSRF token in
 * the header named by the page's {@code csrf-header} meta tag) and the image picker lists the
 * library. Errors answer {@code {"error": "…"}} with the status that says why.
 */
@RestController
class MediaUploadController {

  /** The width the editor shows; the article page picks its own from the srcset. */
  static final int EDITOR_WIDTH = 960;

  /** What an upload answers. {@code location} is the field TinyMCE reads. */
  record Uploaded(String key, String location, String srcset, int width, int height, String alt) {}

  /** An image in the picker. */
  record PickerItem(
      String key,
      String src,
      String thumbnail,
      String srcset,
      int width,
      int height,
      String alt,
      String caption,
      String credit,
      String name) {}

  /** A page of the picker. */
  record PickerPage(List<PickerItem> items, int page, int pages, long total) {}

  private final MediaLibrary library;

  MediaUploadController(MediaLibrary library) {
    this.library = library;
  }

  @PostMapping(MediaUploadLimit.EDITOR_UPLOADS)
  ResponseEntity<?> upload(
      @RequestParam(required = false) MultipartFile file,
      @RequestParam(defaultValue = "") String alt,
      Principal principal,
      HttpServletRequest request)
      throws IOException {
    if (file == null || file.isEmpty()) {
      return error(HttpStatus.BAD_REQUEST.value(), "Send the image in the field 'file'.");
    }
    Media media =
        library.upload(
            file.getBytes(),
            file.getOriginalFilename(),
            alt,
            principal.getName(),
            request.getRemoteAddr());
    String location = media.src(EDITOR_WIDTH);
    return ResponseEntity.created(URI.create(location))
        .body(
            new Uploaded(
                media.key(),
                location,
                media.srcset(),
                media.width(),
                media.height(),
                media.altText()));
  }

  @GetMapping("/desk/media/library.json")
  ResponseEntity<?> library(
      @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") String page) {
    if (!page.matches("[1-9][0-9]{0,6}")) {
      return error(HttpStatus.BAD_REQUEST.value(), "The page must be a positive number.");
    }
    MediaPage found = library.search(q, Integer.parseInt(page));
    List<PickerItem> items =
        found.items().stream()
            .map(
                media ->
                    new PickerItem(
                        media.key(),
                        media.src(EDITOR_WIDTH),
                        media.src(0),
                        media.srcset(),
                        media.width(),
                        media.height(),
                        media.altText(),
                        media.caption(),
                        media.credit(),
                        media.originalName()))
            .toList();
    return ResponseEntity.ok(new PickerPage(items, found.page(), found.pages(), found.total()));
  }

  @ExceptionHandler(RefusedImage.class)
  ResponseEntity<Map<String, String>> refused(RefusedImage e) {
    return error(e.reason().status(), e.getMessage());
  }

  @ExceptionHandler(InvalidMedia.class)
  ResponseEntity<Map<String, String>> invalid(InvalidMedia e) {
    return error(HttpStatus.UNPROCESSABLE_CONTENT.value(), e.getMessage());
  }

  static ResponseEntity<Map<String, String>> error(int status, String message) {
    return ResponseEntity.status(status).body(Map.of("error", message));
  }
}
