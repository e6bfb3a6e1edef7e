package org.iskra.media;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import org.iskra.account.Account;
import org.iskra.account.AccountRegistry;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * The desk's media library: browse and search, upload, describe, delete. Any desk role may upload
 * and browse (the security configuration admits only desk roles here); the library itself decides
 * who may change an image.
 */
@Controller
class MediaDeskController {

  private final MediaLibrary library;
  private final AccountRegistry accounts;
  private final MediaSettings settings;
  private final MediaUses uses;

  /** Articles named on the delete page that show the image; more are counted as "and more". */
  static final int USES_SHOWN = 20;

  MediaDeskController(
      MediaLibrary library, AccountRegistry accounts, MediaSettings settings, MediaUses uses) {
    this.library = library;
    this.accounts = accounts;
    this.settings = settings;
    this.uses = uses;
  }

  @GetMapping("/desk/media")
  String library(
      @RequestParam(defaultValue = "") String q,
      @RequestParam(defaultValue = "1") String page,
      @RequestParam(required = false) String deleted,
      Model model) {
    MediaPage found = library.search(q, pageNumber(page));
    if (found.page() > found.pages()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    return libraryView(
        model, q.strip(), found, deleted != null ? "The image was deleted." : null, null);
  }

  @PostMapping("/desk/media")
  String upload(
      @RequestParam(required = false) MultipartFile file,
      @RequestParam(defaultValue = "") String alt,
      Principal principal,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model)
      throws IOException {
    if (file == null || file.isEmpty()) {
      return refused(model, response, HttpStatus.BAD_REQUEST.value(), "Choose an image to upload.");
    }
    byte[] bytes = file.getBytes();
    try {
      Media media =
          library.upload(
              bytes, file.getOriginalFilename(), alt, principal.getName(), request.getRemoteAddr());
      // Animations keep only their first frame: say so, or an editor would wonder where it went.
      boolean gif = ImageFormat.sniff(bytes).orElse(null) == ImageFormat.GIF;
      return "redirect:/desk/media/" + media.key() + "?uploaded" + (gif ? "=gif" : "");
    } catch (RefusedImage e) {
      return refused(model, response, e.reason().status(), e.getMessage());
    } catch (InvalidMedia e) {
      return refused(model, response, HttpStatus.UNPROCESSABLE_CONTENT.value(), e.getMessage());
    }
  }

  @GetMapping("/desk/media/{key}")
  String image(
      @PathVariable String key,
      @RequestParam(required = false) String uploaded,
      @RequestParam(required = false) String saved,
      Principal principal,
      Model model) {
    Media media = existing(key);
    String notice = null;
    if (uploaded != null) {
      notice =
          uploaded.equals("gif")
              ? "Uploaded. A GIF is kept as a still image: only its first frame, as a PNG."
              : "Uploaded. Location and camera data were removed.";
    } else if (saved != null) {
      notice = "Saved.";
    }
    return imageView(model, media, account(principal), notice, null);
  }

  @PostMapping("/desk/media/{key}")
  String describe(
      @PathVariable String key,
      @RequestParam(defaultValue = "") String alt,
      @RequestParam(defaultValue = "") String caption,
      @RequestParam(defaultValue = "") String credit,
      Principal principal,
      HttpServletResponse response,
      Model model) {
    Media media = existing(key);
    Account account = account(principal);
    try {
      library
          .describe(key, alt, caption, credit, account)
          .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
      return "redirect:/desk/media/" + key + "?saved";
    } catch (InvalidMedia e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return imageView(
          model, media.describedAs(alt, caption, credit), account, null, e.getMessage());
    }
  }

  @GetMapping("/desk/media/{key}/delete")
  String confirmDelete(@PathVariable String key, Principal principal, Model model) {
    Media media = existing(key);
    if (!library.mayChange(media, account(principal))) {
      throw new MediaNotAllowed("Only the uploader, editors and administrators may delete it.");
    }
    model.addAttribute("media", media);
    // One more than shown: the page says when there are more.
    model.addAttribute("uses", uses.of(key, USES_SHOWN + 1));
    model.addAttribute("usesShown", USES_SHOWN);
    return "media/delete";
  }

  @PostMapping("/desk/media/{key}/delete")
  String delete(@PathVariable String key, Principal principal, HttpServletRequest request) {
    existing(key);
    library.delete(key, account(principal), request.getRemoteAddr());
    return "redirect:/desk/media?deleted";
  }

  /** Drawn as the site's 403 page: the request was understood, the account may not do it. */
  @ExceptionHandler(MediaNotAllowed.class)
  void notAllowed(HttpServletResponse response) throws IOException {
    response.sendError(HttpStatus.FORBIDDEN.value());
  }

  private String refused(Model model, HttpServletResponse response, int status, String message) {
    response.setStatus(status);
    return libraryView(model, "", library.search("", 1), null, message);
  }

  private String libraryView(
      Model model, String query, MediaPage found, String notice, String error) {
    model.addAttribute("found", found);
    model.addAttribute("query", query);
    model.addAttribute("notice", notice);
    model.addAttribute("error", error);
    model.addAttribute("maxUpload", settings.maxUploadSize().toMegabytes() + " MB");
    return "media/library";
  }

  private String imageView(Model model, Media media, Account account, String notice, String error) {
    model.addAttribute("media", media);
    model.addAttribute("mayChange", library.mayChange(media, account));
    model.addAttribute("notice", notice);
    model.addAttribute("error", error);
    return "media/image";
  }

  private Media existing(String key) {
    return library
        .findByKey(key)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  private Account account(Principal principal) {
    return accounts.find(principal.getName()).orElseThrow();
  }

  static int pageNumber(String page) {
    if (page == null || !page.matches("[1-9][0-9]{0,6}")) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    return Integer.parseInt(page);
  }
}
