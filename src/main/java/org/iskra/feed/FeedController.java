package org.iskra.feed;

import com.rometools.rome.io.WireFeedOutput;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import org.iskra.article.Listing;
import org.iskra.author.Author;
import org.iskra.author.Authors;
import org.iskra.geo.Countries;
import org.iskra.geo.Country;
import org.iskra.publication.Editions;
import org.iskra.publication.PageFrames;
import org.iskra.publication.PageTags;
import org.iskra.section.Section;
import org.iskra.section.Sections;
import org.iskra.tag.Tag;
import org.iskra.tag.Tags;
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
  private final Sections sections;
  private final Authors authors;
  private final Tags tags;
  private final Countries countries;
  private final PageFrames frames;
  private final Editions editions;

  FeedController(
      Editions editions,
      FeedAssembler assembler,
      Sections sections,
      Authors authors,
      Tags tags,
      Countries countries,
      PageFrames frames) {
    this.frames = frames;
    this.editions = editions;
    this.assembler = assembler;
    this.sections = sections;
    this.authors = authors;
    this.tags = tags;
    this.countries = countries;
    // Rome finds its feed writers by class name on first use, under a lock. Done here, at
    // start-up: the first feed requests, all at once on virtual threads, would each load those
    // classes, and class loading pins the carrier thread. On a 2-core machine, two such requests
    // waiting for the one loading once stalled every request (docs/benchmarks.md, "A hang").
    WireFeedOutput.getSupportedFeedTypes();
  }

  @GetMapping("/{file:" + FeedFormat.FILES + "}")
  ResponseEntity<String> site(@PathVariable String file) {
    return answer(new FeedAssembler.Subject("", "", "/", Listing.everything()), file);
  }

  @GetMapping("/{slug:[a-z0-9-]+}/{file:" + FeedFormat.FILES + "}")
  ResponseEntity<String> section(@PathVariable String slug, @PathVariable String file) {
    Section section =
        sections
            .findBySlug(editions.current().language(), slug)
            .filter(found -> found.slug().equals(slug))
            .orElseThrow(FeedController::notFound);
    String description =
        section.description().isEmpty()
            ? frames.words().t("feed.latest", section.name())
            : section.description();
    return answer(
        new FeedAssembler.Subject(
            section.name(), description, section.path(), Listing.inSection(section.id())),
        file);
  }

  @GetMapping("/author/{slug:[a-z0-9-]+}/{file:" + FeedFormat.FILES + "}")
  ResponseEntity<String> author(@PathVariable String slug, @PathVariable String file) {
    Author author = authors.findBySlug(slug).orElseThrow(FeedController::notFound);
    return answer(
        new FeedAssembler.Subject(
            author.name(),
            author.bio().isEmpty()
                ? frames.words().t("author.description", author.name())
                : author.bio(),
            author.path(),
            Listing.byAuthor(author.id())),
        file);
  }

  @GetMapping("/tag/{slug:[a-z0-9-]+}/{file:" + FeedFormat.FILES + "}")
  ResponseEntity<String> tag(@PathVariable String slug, @PathVariable String file) {
    Tag tag =
        tags.findBySlug(editions.current().language(), slug)
            .filter(found -> found.slug().equals(slug))
            .orElseThrow(FeedController::notFound);
    return answer(
        new FeedAssembler.Subject(
            tag.name(),
            frames.words().t("tag.description", tag.name()),
            tag.path(),
            Listing.taggedWith(tag.id())),
        file);
  }

  @GetMapping("/country/{code:[a-z]{2}}/{file:" + FeedFormat.FILES + "}")
  ResponseEntity<String> country(@PathVariable String code, @PathVariable String file) {
    Country country = countries.find(code).orElseThrow(FeedController::notFound);
    String name = frames.words().country(country.code(), country.name());
    return answer(
        new FeedAssembler.Subject(
            name,
            frames.words().t("country.description", name),
            country.path(),
            Listing.aboutCountry(country.code())),
        file);
  }

  private ResponseEntity<String> answer(FeedAssembler.Subject subject, String file) {
    FeedFormat format = FeedFormat.ofFile(file).orElseThrow(FeedController::notFound);
    Feed feed = assembler.assemble(subject, format);
    PageTags.add(PageTags.listing(subject.pagePath()));
    String body =
        switch (format) {
          case RSS -> RssWriter.write(feed);
          case ATOM -> AtomWriter.write(feed);
          case JSON -> JsonFeedWriter.write(feed);
        };
    ResponseEntity.BodyBuilder response =
        ResponseEntity.ok()
            .contentType(format.mediaType())
            .cacheControl(CACHING)
            // Weak: the server may compress the body, which a strong ETag would forbid.
            .eTag("W/\"" + hash(body) + "\"");
    if (feed.updated() != null) {
      response.lastModified(feed.updated());
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
