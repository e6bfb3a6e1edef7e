package org.iskra.author;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.iskra.slug.Slug;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcAuthors implements Authors {

  private final JdbcClient jdbc;

  JdbcAuthors(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<Author> findBySlug(String slug) {
    return jdbc.sql("SELECT id, slug, name, bio FROM authors WHERE slug = ?")
        .param(slug)
        .query(Author.class)
        .optional();
  }

  @Override
  public List<Author> listByIds(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("SELECT id, slug, name, bio FROM authors WHERE id IN (:ids)")
        .param("ids", ids)
        .query(Author.class)
        .list();
  }

  @Override
  public Author findOrCreateByName(String name) {
    String clean = name == null ? "" : name.strip();
    if (clean.isEmpty()) {
      throw new IllegalArgumentException("An author needs a name");
    }
    String slug = Slug.from(clean);
    if (slug.isEmpty()) {
      slug = "author";
    }
    // An existing author with the same slug is the same person written the same way.
    return jdbc.sql(
            """
            INSERT INTO authors (slug, name) VALUES (?, ?)
            ON CONFLICT (slug) DO UPDATE SET slug = excluded.slug
            RETURNING id, slug, name, bio""")
        .params(slug, clean)
        .query(Author.class)
        .single();
  }
}
