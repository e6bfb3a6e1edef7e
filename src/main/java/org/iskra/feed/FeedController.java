package org.iskra.feed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import org.iskra.publication.Editions;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The feeds: {@code /feed.xml} (RSS), {@code /atom.xml} and {@code /feed.json} for the whole site,
 * and the same three files under every section ({@code /americas/feed.xml}), author, tag and
 * country page. Unknown listings are 404s, like their pages.
 *
 * <p>Answers carry a weak ETag (a hash of the feed as written, so it changes with anything the feed
 * shows: an edit, a withdrawal, a renamed section, a setting) and Last-Modified (the newest change
 * among the items); Spring answers {@code 304 Not Modified} to a matching {@code If-None-Match} or
 * {@code If-Modified-Since}, so readers that poll cost little bandwidth. The ETag wins when both
 * are sent: a withdrawn article changes the feed without making any remaining item newer.
 */
@RestController
class FeedController {

  /** Feed readers poll; five minutes keeps news fresh while sparing the server. */
  private static final CacheControl CACHING =
      CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

  private final FeedAssembler assembler;
  private final FeedSubjects subjects;
  private final Editions editions;

  FeedController(Editions editions, FeedAssembler assembler, FeedSubjects subjects) {
    this.editions = editions;
    this.assembler = assembler;
    this.subjects = subjects;
  }

  @GetMapping("/{file:" + FeedFormat.FILES + "}")
  ResponseEntity<String> site(@PathVariable String file) {
    return answer(subjects.site(), file);
  }

  @GetMapping("/{slug:[a-z0-9-]+}/{file:" + FeedFormat.FILES + "}")
  ResponseEntity<String> section(@PathVariable String slug, @PathVariable String file) {
    return answer(subjects.section(slug).orElseThrow(FeedController::notFound), file);
  }

  @GetMapping("/author/{slug:[a-z0-9-]+}/{file:" + FeedFormat.FILES + "}")
  ResponseEntity<String> author(@PathVariable String slug, @PathVariable String file) {
    return answer(subjects.author(slug).orElseThrow(FeedController::notFound), file);
  }

  @GetMapping("/tag/{slug:[a-z0-9-]+}/{file:" + FeedFormat.FILES + "}")
  ResponseEntity<String> tag(@PathVariable String slug, @PathVariable String file) {
    return answer(subjects.tag(slug).orElseThrow(FeedController::notFound), file);
  }

  @GetMapping("/country/{code:[a-z]{2}}/{file:" + FeedFormat.FILES + "}")
  ResponseEntity<String> country(@PathVariable String code, @PathVariable String file) {
    return answer(subjects.country(code).orElseThrow(FeedController::notFound), file);
  }

  private ResponseEntity<String> answer(FeedAssembler.Subject subject, String file) {
    FeedFormat format = FeedFormat.ofFile(file).orElseThrow(FeedController::notFound);
    FeedAssembler.Latest latest = assembler.latest(subject, editions.current());
    String body = assembler.write(latest, format);
    ResponseEntity.BodyBuilder response =
        ResponseEntity.ok()
            .contentType(format.mediaType())
            .cacheControl(CACHING)
            // Weak: the server may compress the body, which a strong ETag would forbid.
            .eTag("W/\"" + hash(body) + "\"");
    if (latest.updated() != null) {
      response.lastModified(latest.updated());
    }
    return response.body(body);
  }

  static String hash(String body) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java has SHA-256", e);
    }
  }

  private static ResponseStatusException notFound() {
    return new ResponseStatusException(HttpStatus.NOT_FOUND);
  }
}
