package org.iskra.section;

import java.util.List;
import java.util.Optional;
import org.iskra.slug.Slug;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcSections implements Sections {

  private static final String COLUMNS = "id, slug, name, description, position";

  private final JdbcClient jdbc;

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
    return jdbc.sql(
            """
            INSERT INTO sections (slug, name, description, position) VALUES (?, ?, ?, ?)
            ON CONFLICT (slug) DO UPDATE
              SET name = excluded.name, description = excluded.description, position = excluded.position
            RETURNING\s"""
                + COLUMNS)
        .params(slug, name.strip(), description == null ? "" : description.strip(), position)
        .query(Section.class)
        .single();
  }
}
