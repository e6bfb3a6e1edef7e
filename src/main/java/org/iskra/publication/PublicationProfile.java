package org.iskra.publication;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The current {@link Publication}: defaults from configuration, overridden by what is stored. Read
 * on every page, so it is held in memory and replaced whole when it changes. Thread-safe.
 */
@Service
public class PublicationProfile {

  private final JdbcClient jdbc;
  private final PublicationDefaults defaults;
  private final AtomicReference<Publication> current = new AtomicReference<>();
  private final AtomicReference<Map<String, String>> stored = new AtomicReference<>();

  PublicationProfile(JdbcClient jdbc, PublicationDefaults defaults) {
    this.jdbc = jdbc;
    this.defaults = defaults;
  }

  /** The publication as readers see it now. */
  public Publication current() {
    Publication publication = current.get();
    if (publication == null) {
      publication = load();
      current.set(publication);
    }
    return publication;
  }

  /**
   * Stores a new identity; blank values keep the current ones.
   *
   * @throws IllegalArgumentException when the timezone is not a known IANA zone
   */
  @Transactional
  public Publication update(String name, String tagline, String language, String timezone) {
    Publication now = current();
    Map<String, String> settings = new java.util.HashMap<>(stored.get());
    Publication next =
        new Publication(
            orElse(name, now.name()),
            orElse(tagline, now.tagline()),
            orElse(language, now.language()),
            timezone == null || timezone.isBlank() ? now.zone() : zone(timezone));
    store("name", next.name());
    store("tagline", next.tagline());
    store("language", next.language());
    store("timezone", next.zone().getId());
    settings.put("name", next.name());
    settings.put("tagline", next.tagline());
    settings.put("language", next.language());
    settings.put("timezone", next.zone().getId());
    // Readers keep the committed identity until this transaction commits.
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            stored.set(Map.copyOf(settings));
            current.set(next);
          }
        });
    return next;
  }

  /**
   * The edition languages stored for this publication, which win over {@code
   * iskra.publication.editions}; empty when none are stored.
   */
  public List<String> storedEditions() {
    current();
    String value = stored.get().getOrDefault("editions", "");
    return value.isBlank()
        ? List.of()
        : java.util.Arrays.stream(value.split(",")).map(String::strip).toList();
  }

  /** Stores the edition languages (BCP 47 tags; the publication's own language at the root). */
  @Transactional
  public void storeEditions(List<String> languages) {
    String value = String.join(",", Editions.checked(languages));
    store("editions", value);
    Map<String, String> settings = new java.util.HashMap<>(stored.get());
    settings.put("editions", value);
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            stored.set(Map.copyOf(settings));
          }
        });
  }

  private void store(String key, String value) {
    jdbc.sql(
            """
            INSERT INTO publication_settings (name, value) VALUES (?, ?)
            ON CONFLICT (name) DO UPDATE SET value = excluded.value""")
        .params(key, value)
        .update();
  }

  private Publication load() {
    Map<String, String> stored =
        jdbc
            .sql("SELECT name, value FROM publication_settings")
            .query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2)))
            .list()
            .stream()
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    this.stored.set(Map.copyOf(stored));
    return new Publication(
        stored.getOrDefault("name", defaults.name()),
        stored.getOrDefault("tagline", defaults.tagline()),
        stored.getOrDefault("language", defaults.language()),
        zone(stored.getOrDefault("timezone", defaults.timezone())));
  }

  private static ZoneId zone(String id) {
    try {
      return ZoneId.of(id);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "Unknown timezone '" + id + "'; use an IANA name such as Europe/London", e);
    }
  }

  private static String orElse(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value.strip();
  }
}
