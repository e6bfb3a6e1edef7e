package org.iskra.tag;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.iskra.slug.Slug;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcTags implements Tags {

  private final JdbcClient jdbc;

  JdbcTags(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<Tag> findBySlug(String slug) {
    return jdbc.sql("SELECT id, slug, name FROM tags WHERE slug = ?")
        .param(slug)
        .query(Tag.class)
        .optional();
  }

  @Override
  public List<Tag> listByIds(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("SELECT id, slug, name FROM tags WHERE id IN (:ids)")
        .param("ids", ids)
        .query(Tag.class)
        .list();
  }

  /** A tag as an edition names it: its own name and slug where the edition has none. */
  private static final String NAMED =
      """
      SELECT t.id, COALESCE(n.slug, t.slug) AS slug, COALESCE(n.name, t.name) AS name
      FROM tags t LEFT JOIN tag_names n ON n.tag_id = t.id AND n.language = :language
      """;

  @Override
  public Optional<Tag> findBySlug(String language, String slug) {
    Optional<Tag> named =
        jdbc.sql(NAMED + " WHERE n.slug = :slug")
            .param("language", language)
            .param("slug", slug)
            .query(Tag.class)
            .optional();
    return named.isPresent()
        ? named
        : jdbc.sql(NAMED + " WHERE t.slug = :slug")
            .param("language", language)
            .param("slug", slug)
            .query(Tag.class)
            .optional();
  }

  @Override
  public Optional<Tag> findById(long id, String language) {
    return jdbc.sql(NAMED + " WHERE t.id = :id")
        .param("language", language)
        .param("id", id)
        .query(Tag.class)
        .optional();
  }

  @Override
  public List<Tag> listByIds(Collection<Long> ids, String language) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(NAMED + " WHERE t.id IN (:ids)")
        .param("language", language)
        .param("ids", ids)
        .query(Tag.class)
        .list();
  }

  @Override
  public Tag name(long tagId, String language, String name, String slug) {
    if (jdbc.sql("SELECT COUNT(*) FROM tags WHERE id = ?").param(tagId).query(Long.class).single()
        == 0) {
      throw new IllegalArgumentException("There is no tag " + tagId);
    }
    if (!Slug.isValid(slug)) {
      throw new IllegalArgumentException(
          "Tag slug '" + slug + "' must be lower-case letters, digits and hyphens");
    }
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("Tag " + tagId + " needs a name in " + language);
    }
    // An edition also answers a tag's own slug, so no other tag may take it there.
    boolean taken =
        jdbc.sql(
                    """
                SELECT COUNT(*) FROM tags t
                LEFT JOIN tag_names n ON n.tag_id = t.id AND n.language = :language
                WHERE t.id <> :id AND (t.slug = :slug OR n.slug = :slug)""")
                .param("language", language)
                .param("id", tagId)
                .param("slug", slug)
                .query(Long.class)
                .single()
            > 0;
    if (taken) {
      throw new IllegalArgumentException(
          "Tag slug '" + slug + "' is another tag's address in " + language);
    }
    jdbc.sql(
            """
            INSERT INTO tag_names (tag_id, language, name, slug) VALUES (?, ?, ?, ?)
            ON CONFLICT (tag_id, language) DO UPDATE SET name = excluded.name, slug = excluded.slug""")
        .params(tagId, language, name.strip(), slug)
        .update();
    return findById(tagId, language).orElseThrow();
  }

  @Override
  public Tag findOrCreateByName(String name) {
    String clean = name == null ? "" : name.strip();
    if (clean.isEmpty()) {
      throw new IllegalArgumentException("A tag needs a name");
    }
    String slug = Slug.from(clean);
    if (slug.isEmpty()) {
      slug = "tag";
    }
    return jdbc.sql(
            """
            INSERT INTO tags (slug, name) VALUES (?, ?)
            ON CONFLICT (slug) DO UPDATE SET slug = excluded.slug
            RETURNING id, slug, name""")
        .params(slug, clean)
        .query(Tag.class)
        .single();
  }
}
