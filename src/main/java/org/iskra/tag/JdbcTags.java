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
