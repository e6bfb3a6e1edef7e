package org.iskra.section;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.iskra.slug.Slug;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

@Repository
class JdbcSections implements Sections {

  private static final String COLUMNS = "id, slug, name, description, position";

  private final JdbcClient jdbc;

  /**
   * Every page's navigation, per edition's language: read on every page drawn (6 % of an article
   * page), changed a few times a year. Forgotten at once by this store's own writes (again after
   * their transaction ends, so that a read between the write and its commit is not kept); writes by
   * another process or server are seen within the expiry.
   */
  private final Cache<String, List<Section>> navigation =
      Caffeine.newBuilder().expireAfterWrite(Duration.ofSeconds(10)).maximumSize(64).build();

  JdbcSections(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<Section> listAll() {
    return jdbc.sql("SELECT " + COLUMNS + " FROM sections ORDER BY position, name")
        .query(Section.class)
        .list();
  }

  @Override
  public Optional<Section> findBySlug(String slug) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM sections WHERE slug = ?")
        .param(slug)
        .query(Section.class)
        .optional();
  }

  @Override
  public Optional<Section> findById(long id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM sections WHERE id = ?")
        .param(id)
        .query(Section.class)
        .optional();
  }

  /** A section as an edition names it: its own name and slug where the edition has none. */
  private static final String NAMED =
      """
      SELECT s.id, COALESCE(n.slug, s.slug) AS slug, COALESCE(n.name, s.name) AS name,
             CASE WHEN n.section_id IS NULL THEN s.description ELSE n.description END AS description,
             s.position
      FROM sections s LEFT JOIN section_names n ON n.section_id = s.id AND n.language = :language
      """;

  @Override
  public List<Section> listAll(String language) {
    return navigation.get(
        language,
        l ->
            List.copyOf(
                jdbc.sql(NAMED + " ORDER BY s.position, s.name")
                    .param("language", l)
                    .query(Section.class)
                    .list()));
  }

  private void forgetNavigation() {
    navigation.invalidateAll();
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              navigation.invalidateAll();
            }
          });
    }
  }

  @Override
  public Optional<Section> findBySlug(String language, String slug) {
    Optional<Section> named =
        jdbc.sql(NAMED + " WHERE n.slug = :slug")
            .param("language", language)
            .param("slug", slug)
            .query(Section.class)
            .optional();
    return named.isPresent()
        ? named
        : jdbc.sql(NAMED + " WHERE s.slug = :slug")
            .param("language", language)
            .param("slug", slug)
            .query(Section.class)
            .optional();
  }

  @Override
  public Optional<Section> findById(long id, String language) {
    return jdbc.sql(NAMED + " WHERE s.id = :id")
        .param("language", language)
        .param("id", id)
        .query(Section.class)
        .optional();
  }

  @Override
  public Section name(
      long sectionId, String language, String name, String slug, String description) {
    Section section =
        findById(sectionId)
            .orElseThrow(() -> new InvalidSection("There is no section " + sectionId));
    if (!Slug.isValid(slug)) {
      throw new InvalidSection(
          "Section slug '" + slug + "' must be lower-case letters, digits and hyphens");
    }
    if (ReservedPaths.isReserved(slug)) {
      throw new InvalidSection(
          "Section slug '" + slug + "' is reserved for another page of the site");
    }
    if (name == null || name.isBlank()) {
      throw new InvalidSection("Section '" + section.slug() + "' needs a name in " + language);
    }
    // An edition also answers a section's own slug, so no other section may take it there.
    boolean taken =
        jdbc.sql(
                    """
                SELECT COUNT(*) FROM sections s
                LEFT JOIN section_names n ON n.section_id = s.id AND n.language = :language
                WHERE s.id <> :id AND (s.slug = :slug OR n.slug = :slug)""")
                .param("language", language)
                .param("id", sectionId)
                .param("slug", slug)
                .query(Long.class)
                .single()
            > 0;
    if (taken) {
      throw new InvalidSection(
          "Section slug '" + slug + "' is another section's address in " + language);
    }
    jdbc.sql(
            """
            INSERT INTO section_names (section_id, language, name, slug, description)
            VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (section_id, language) DO UPDATE
              SET name = excluded.name, slug = excluded.slug, description = excluded.description""")
        .params(
            sectionId, language, name.strip(), slug, description == null ? "" : description.strip())
        .update();
    forgetNavigation();
    return findById(sectionId, language).orElseThrow();
  }

  @Override
  public Section save(String slug, String name, String description, int position) {
    if (!Slug.isValid(slug)) {
      throw new InvalidSection(
          "Section slug '" + slug + "' must be lower-case letters, digits and hyphens");
    }
    if (ReservedPaths.isReserved(slug)) {
      throw new InvalidSection(
          "Section slug '" + slug + "' is reserved for another page of the site");
    }
    if (name == null || name.isBlank()) {
      throw new InvalidSection("Section '" + slug + "' needs a name");
    }
    boolean taken =
        jdbc.sql(
                    """
                SELECT COUNT(*) FROM section_names n JOIN sections s ON s.id = n.section_id
                WHERE n.slug = ? AND s.slug <> ?""")
                .params(slug, slug)
                .query(Long.class)
                .single()
            > 0;
    if (taken) {
      throw new InvalidSection(
          "Section slug '" + slug + "' is another section's address in a language edition");
    }
    Section saved =
        jdbc.sql(
                """
            INSERT INTO sections (slug, name, description, position) VALUES (?, ?, ?, ?)
            ON CONFLICT (slug) DO UPDATE
              SET name = excluded.name, description = excluded.description, position = excluded.position
            RETURNING\s"""
                    + COLUMNS)
            .params(slug, name.strip(), description == null ? "" : description.strip(), position)
            .query(Section.class)
            .single();
    forgetNavigation();
    return saved;
  }
}
