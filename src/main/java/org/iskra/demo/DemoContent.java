package org.iskra.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.iskra.article.ArticleListings;
import org.iskra.article.ArticlePublisher;
import org.iskra.article.ArticleStatus;
import org.iskra.article.Manuscript;
import org.iskra.author.Authors;
import org.iskra.publication.PublicationProfile;
import org.iskra.section.Section;
import org.iskra.section.Sections;
import org.iskra.syndication.PlainText;
import org.iskra.tag.Tags;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the demo publication when the server starts on a store without any article ({@code
 * iskra.demo.enabled}, on by default). One transaction: the demo is there whole or not at all.
 */
@Component
@ConditionalOnProperty(name = "iskra.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoContent implements ApplicationRunner {

  static final String SEED = "/demo/000_704fca15339d8907.txt";
  static final String METADATA = "/demo/demo-metadata.json";

  private static final Logger log = LoggerFactory.getLogger(DemoContent.class);

  private final ArticleListings listings;
  private final ArticlePublisher publisher;
  private final Sections sections;
  private final Authors authors;
  private final Tags tags;
  private final PublicationProfile profile;
  private final TransactionTemplate transaction;

  DemoContent(
      ArticleListings listings,
      ArticlePublisher publisher,
      Sections sections,
      Authors authors,
      Tags tags,
      PublicationProfile profile,
      TransactionTemplate transaction) {
    this.listings = listings;
    this.publisher = publisher;
    this.sections = sections;
    this.authors = authors;
    this.tags = tags;
    this.profile = profile;
    this.transaction = transaction;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (listings.countAllStatuses() > 0) {
      return;
    }
    int loaded = transaction.execute(status -> load());
    log.info("Loaded the demo publication: {} articles", loaded);
  }

  private int load() {
    List<String> teasers = PlainText.paragraphs(read(SEED), SEED);
    DemoMetadata metadata =
        JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build()
            .readValue(read(METADATA), DemoMetadata.class);
    profile.update(
        metadata.publication().name(),
        "",
        metadata.publication().language(),
        metadata.publication().timezone());
    for (int i = 0; i < metadata.sections().size(); i++) {
      DemoMetadata.Section s = metadata.sections().get(i);
      sections.save(s.slug(), s.name(), s.description(), i);
    }
    for (DemoMetadata.Entry entry : metadata.articles()) {
      if (entry.teaser() < 1 || entry.teaser() > teasers.size()) {
        throw new IllegalStateException(
            METADATA + ": teaser " + entry.teaser() + " is not in " + SEED);
      }
      Section section =
          sections
              .findBySlug(entry.section())
              .orElseThrow(
                  () ->
                      new IllegalStateException(METADATA + ": unknown section " + entry.section()));
      Manuscript manuscript =
          new Manuscript(
              metadata.publication().language(),
              entry.title(),
              "",
              teasers.get(entry.teaser() - 1),
              "",
              section.id(),
              entry.authors().stream().map(name -> authors.findOrCreateByName(name).id()).toList(),
              entry.tags().stream().map(name -> tags.findOrCreateByName(name).id()).toList(),
              entry.countries(),
              null);
      publisher.create(manuscript, ArticleStatus.PUBLISHED, entry.published());
    }
    return metadata.articles().size();
  }

  private static byte[] read(String resource) {
    try (InputStream in = DemoContent.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing demo resource " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
