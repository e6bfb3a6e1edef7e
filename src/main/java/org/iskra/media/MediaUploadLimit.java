package org.iskra.media;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Uploads larger than Spring's multipart limit fail before any controller is chosen, so only advice
 * can answer them: JSON for the editor, a page for the desk form. Other paths keep Spring's default
 * (a 413 error page).
 */
@ControllerAdvice
class MediaUploadLimit {

  /** Where the article editor sends images. */
  static final String EDITOR_UPLOADS = "/desk/media/uploads";

  private final MediaSettings settings;

  MediaUploadLimit(MediaSettings settings) {
    this.settings = settings;
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  Object tooLarge(
      MaxUploadSizeExceededException e, HttpServletRequest request, HttpServletResponse response)
      throws MaxUploadSizeExceededException {
    String path = request.getRequestURI();
    String message = message(settings);
    if (path.equals(EDITOR_UPLOADS)) {
      return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
          .contentType(MediaType.APPLICATION_JSON)
          .body(Map.of("error", message));
    }
    if (path.startsWith("/desk/media")) {
      response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
      ModelAndView page = new ModelAndView("media/too-large");
      page.addObject("message", message);
      page.setStatus(HttpStatus.CONTENT_TOO_LARGE);
      return page;
    }
    // Not ours: rethrowing the same exception hands it back to Spring's default handling.
    throw e;
  }

  /** What the uploader is told; plain text without quotes, so it fits in JSON as it is. */
  static String message(MediaSettings settings) {
    return "The file is too large; the largest accepted is "
        + settings.maxUploadSize().toMegabytes()
        + " MB.";
  }
}
