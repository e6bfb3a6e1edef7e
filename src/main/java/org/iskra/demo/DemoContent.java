package org.iskra.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.iskra.article.Article;
import org.iskra.article.ArticleListings;
import org.iskra.article.ArticlePublisher;
import org.iskra.article.ArticleStatus;
import org.iskra.article.Manuscript;
import org.iskra.author.Authors;
import org.iskra.campaign.Appeal;
import org.iskra.campaign.Fundraising;
import org.iskra.event.EventCalendar;
import org.iskra.event.EventDraft;
import org.iskra.publication.PublicationProfile;
import org.iskra.section.Section;
import org.iskra.section.Sections;
import org.iskra.slug.Slug;
import org.iskra.syndication.PlainText;
import org.iskra.tag.Tags;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the demo publication when the server starts on a store without any article ({@code
 * iskra.demo.enabled}, on by default). One transaction: the demo is there whole or not at all.
 *
 * <p>The setting is read when the application runs, not as a condition on the bean: the server's
 * fast start (Spring AOT, see scripts/launch.sh) fixes conditions when the jar is built, and the
 * setting must still work then.
 */
@Component
class DemoContent implements ApplicationRunner {

  static final String SEED = "/demo/000_704fca15339d8907.txt";
  static final String METADATA = "/demo/demo-metadata.json";
  static final String TRANSLATIONS = "/demo/demo-translations.json";
  static final String NAMES = "/demo/demo-names.json";

  private static final Logger log = LoggerFactory.getLogger(DemoContent.class);

  private final ArticleListings listings;
  private final ArticlePublisher publisher;
  private final Sections sections;
  private final Authors authors;
  private final Tags tags;
  private final PublicationProfile profile;
  private final TransactionTemplate transaction;
  private final Fundraising fundraising;
  private final EventCalendar events;
  private final boolean enabled;

  DemoContent(
      ArticleListings listings,
      ArticlePublisher publisher,
      Sections sections,
      Authors authors,
      Tags tags,
      PublicationProfile profile,
      TransactionTemplate transaction,
      Fundraising fundraising,
      EventCalendar events,
      @Value("${iskra.demo.enabled:true}") boolean enabled) {
    this.listings = listings;
    this.publisher = publisher;
    this.sections = sections;
    this.authors = authors;
    this.tags = tags;
    this.profile = profile;
    this.transaction = transaction;
    this.fundraising = fundraising;
    this.events = events;
    this.enabled = enabled;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!enabled || listings.countAllStatuses() > 0) {
      return;
    }
    int loaded = transaction.execute(status -> load());
    log.info("Loaded the demo publication: {} articles", loaded);
  }

  private int load() {
    List<String> teasers = PlainText.paragraphs(read(SEED), SEED);
    JsonMapper json =
        JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    DemoMetadata metadata = json.readValue(read(METADATA), DemoMetadata.class);
    DemoMetadata.Translations translations =
        json.readValue(read(TRANSLATIONS), DemoMetadata.Translations.class);
    Map<Integer, Article> originals = new HashMap<>();
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
      Article article = publisher.create(manuscript, ArticleStatus.PUBLISHED, entry.published());
      originals.put(entry.teaser(), article);
      if (entry.campaign() != null) {
        appeal(entry.campaign(), article, entry.published());
      }
      if (entry.event() != null) {
        event(entry.event(), article);
      }
    }
    List<String> editions = new ArrayList<>();
    editions.add(metadata.publication().language());
    for (DemoMetadata.Translation translation : translations.translations()) {
      translate(translation, originals.get(translation.teaser()));
      if (!editions.contains(translation.language())) {
        editions.add(translation.language());
      }
    }
    DemoMetadata.Names names = json.readValue(read(NAMES), DemoMetadata.Names.class);
    for (DemoMetadata.SectionName name : names.sections()) {
      Section section =
          sections
              .findBySlug(name.section())
              .orElseThrow(
                  () -> new IllegalStateException(NAMES + ": unknown section " + name.section()));
      sections.name(section.id(), name.language(), name.name(), name.slug(), name.description());
    }
    for (DemoMetadata.TagName name : names.tags()) {
      // findOrCreateByName finds the seed's tag by the slug of its English name.
      long tag = tags.findOrCreateByName(name.tag()).id();
      tags.name(tag, name.language(), name.name(), Slug.from(name.name()));
    }
    // The demo is multilingual: an edition for every language it has translations in.
    profile.storeEditions(editions);
    return metadata.articles().size() + translations.translations().size();
  }

  /** A translation in the original's group, with the original's date, section and links. */
  private void translate(DemoMetadata.Translation translation, Article original) {
    if (original == null) {
      throw new IllegalStateException(
          TRANSLATIONS + ": teaser " + translation.teaser() + " is not a demo article");
    }
    Manuscript manuscript =
        new Manuscript(
            translation.language(),
            translation.title(),
            "",
            translation.standfirst(),
            "",
            original.sectionId(),
            original.authorIds(),
            original.tagIds(),
            original.countryCodes(),
            null);
    publisher.createTranslation(
        original.id(), manuscript, ArticleStatus.PUBLISHED, original.publishedAt());
  }

  /** The appeal, with demo gifts of at most 2,500 each that add up to what it has raised. */
  private void appeal(DemoMetadata.Campaign campaign, Article article, java.time.Instant start) {
    Appeal appeal =
        fundraising.create(
            campaign.name(), article.title(), campaign.target(), campaign.currency(), start, null);
    java.math.BigDecimal left = new java.math.BigDecimal(campaign.raised());
    java.math.BigDecimal gift = new java.math.BigDecimal("2500");
    while (left.signum() > 0) {
      java.math.BigDecimal amount = left.min(gift);
      fundraising.recordByHand(
          appeal.id(), amount.toPlainString(), campaign.currency(), "Demo donor", "", false);
      left = left.subtract(amount);
    }
    fundraising.link(article.id(), appeal.id());
  }

  /** The event, from 09:00 on its first day to 17:00 on its last, linked both ways. */
  private void event(DemoMetadata.Event event, Article article) {
    events.create(
        new EventDraft(
            event.name(),
            article.title(),
            event.starts().atTime(9, 0),
            event.ends().atTime(17, 0),
            java.time.ZoneId.of(event.timezone()),
            event.venue(),
            "",
            event.organiser(),
            List.of(article.id())));
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
